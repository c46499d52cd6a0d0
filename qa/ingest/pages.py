"""Splitting scraped news pages into articles and stripping page furniture.

A scraped page holds a main article, often followed by teasers of other stories
("Related Articles"), each with its own headline, outlet and time, mixed with app and
site furniture (the site's name and menu, consent banners, newsletter boxes, calls to
action, comment widgets, store badges, image alt texts). The rules here are general
shapes of lines, not strings from any one site:

- an article header is a run of short meta lines (a time or date line such as
  ``3 hours ago``, ``Reuters · 3h``, ``Published: Nov. 5, 2025 at 6:42 PM``, or a byline
  such as ``By NAME · OUTLET · 3 hours ago`` / ``Von NAME | OUTLET``) with a headline just
  before it (possibly with a standfirst between) or just after it; a headline directly
  followed by wire copy that opens with a dateline (``KYIV, Nov 3 (Agency) -``) is a header too;
- a bare clock time over a headline (``14:05``) opens an item of a news list, unless it stamps an
  entry inside a running article (a live page under an authored header);
- a line that closes a story (a wire credit, a jump line, ``Read the full story``, a long rule, a
  story-tip box, a sponsor box, an e-mail greeting, an end mark ``###`` / ``END``, a paywall's cut, a
  licence note, a pager) lets a headline over a paragraph open the next; a dated heading with no text of
  its own (or only an intro line over list items) gives its date to the page's stories; a paper's or
  issuer's name over a date line over a headline gives the outlet and date of the page's stories;
- meta lines under a story's last paragraphs (``Published: DATE``, ``Published in OUTLET on DATE``, a
  labelled byline) give their date and outlet to the story above instead of opening a header;
- the items of a list page (photo captions, transcript segments, press releases, app cards) are found by
  their repeated shape: three or more runs of short lines over a paragraph, each with one headline and the
  same labels above it ("Release No. 25-311", "[6:00:12 PM]") or meta and label lines under it ("Image ID:
  ...", a date, "Category: ..."); a headline is never a label line (few words of letters, many numbers);
- the outlet comes from the header (byline, ``OUTLET · 3h``, ``via OUTLET · 4h ago``, ``Originally
  published by OUTLET on DATE``, an outlet name above the headline), else from an outlet marker line
  (``Source: OUTLET``, ``Quelle: dpa``), else from the dateline's agency, else from the site's name at
  the top of the page (a name with an outlet word, or any short capitalised name followed by a menu,
  breadcrumb or app banner), or a bare domain line over a link post's time line;
- furniture is a short line matching common navigation / consent / newsletter /
  call-to-action / widget / e-mail frame / player bar / score box patterns (English, German, Spanish,
  French, Italian, Dutch, Portuguese, Norwegian, Danish, Swedish, Polish, Czech; ads, teaser rails, tags,
  share and consent buttons also in Turkish, Finnish, Hungarian, Romanian, Croatian, Indonesian and
  Russian), a consent banner (a web-cookie word of any of these languages near a "we use" verb), a paywall
  box, a widget label with its count (``Comments (12)``), an e-mail, URL or page-number line, a row of
  figures (a ticker), readers' comments (a block with two or more ``NAME, PLACE, 2 hours ago`` signatures),
  a contact note over an e-mail or address line, an ``About ORGANISATION`` box, a bracketed stage note or
  time code, a copyright line, teaser headlines under a rail heading inside a body or closing the page, a
  fact-check's claim
  box, an author box after a body, a
  caption with a leading or trailing credit, a run of three or more
  very short lines (a menu or tag list), a short paragraph wedged between furniture (a
  newsletter blurb, a consent text), or a short line repeated across several pages;
- a page with none of these is a plain article and comes through whole.

A small learned line model (qa/ingest/line_model.py, trained on the layout corpus) adds general signals
to these rules: lines it is sure are furniture (or fairly sure, when glued to other furniture) are
dropped; a headline it rates likelier than furniture, alone in its block over a paragraph, opens a list
item that has no meta line; the top article's headline is its likeliest headline over a paragraph; text
after a story-closing line that it reads as furniture (readers' comments) leaves the story.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone

import numpy as np

from qa.ingest import article_filter, line_model, segmenter, site_name
from qa.ingest.cldr import names_languages
from qa.ingest.dates import (CLDR_DAY_WORD, CLDR_WEEKDAY, DATE_PATTERN, DAY_CLOCK, OWN_RELATIVE, SPELLED, UNIT_WORD,
                             Moment, date_of, parse_relative, resolve_relative)
from qa.ingest.site_name import OUTLET_WORD


@dataclass(frozen=True)
class PageArticle:
    """One article found on a page."""

    title: str
    text: str  # cleaned body (no title line, no furniture); paragraphs separated by "\n"
    source: str | None = None  # outlet name, None when the page does not say
    date: str | None = None  # ISO 8601 (YYYY-MM-DD) when the page gives one
    date_text: str | None = None  # relative time as written, e.g. "21 hours ago"


# ---------------------------------------------------------------- line patterns

# A letter of any script, with the vowel signs of Indic scripts and of Thai and Lao, and combining accents, Hebrew
# points and Arabic vowel marks (not word characters to `re`): "लेखक", "অপডেট", "อัปเดต", "פֿאַרעפֿנטלעכט".
_LETTERS = r"(?:[^\W\d_]|[\u0900-\u0dff\u0e00-\u0eff\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670])"
_UNITS = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)")
_REL_DE = (r"vor\s+(?:\d+|einer?|einem)\s*(?:sekunden?|minuten?|min\.?|stunden?|std\.?|tag(?:en)?|wochen?|"
           r"monat(?:en)?|jahr(?:en)?)"
           # Luxembourgish "virun 2 Stonnen", with the unit words qa/ingest/dates.py reads it by
           rf"|virun\s+(?:\d+|enger|engem)\s*{UNIT_WORD}")
_REL_ES = r"hace\s+(?:\d+|una?)\s*(?:segundos?|minutos?|min\.?|horas?|h|días?|dias?|semanas?|mes(?:es)?|años?)"
_REL_FR = r"il y a\s+(?:\d+|une?)\s*(?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)"
_REL_IT = (r"(?:\d+\s*|una?\s+|un['’])(?:secondi|secondo|minuti|minuto|min\.?|ore|ora|h|giorni|giorno|settimane|"
           r"settimana|mesi|mese|anni|anno)\s+fa")
_REL_PT = r"há\s+(?:\d+|uma?)\s*(?:segundos?|minutos?|min\.?|horas?|h|dias?|semanas?|mês|meses|anos?)"
_REL_NL = (r"(?:\d+|een)\s*(?:seconden?|minuten|minuut|min\.?|uur|u|dagen|dag|weken|week|maanden|maand|jaren|jaar)"
           r"\s+geleden")
# Norwegian and Danish "for 3 timer siden", Swedish "för 2 timmar sedan", Faroese "fyri 3 tímum síðani".
_REL_NORDIC = (r"(?:f[oö]r\s+|fyri\s+)?(?:\d+|en|ett|et|einum)\s*(?:sekunder|sekundum|sekund|minutter|minuttum|minutt|"
               r"minuter|minut|min\.?|timer|time|timmar|timme|tímum|tíma|dager|dage|dagar|dag|degi|døgum|døgn|uker|uke|"
               r"uger|uge|veckor|vecka|vikum|viku|måneder|måned|månader|månad|mánaðum|mánaða|árum|ári|år|ár)"
               r"\s+(?:siden|sedan|síðani)")
# Polish "3 godz. temu", "godzinę temu"; Czech and Slovak "před 3 hodinami", "před hodinou".
_REL_PL = (r"(?:\d+\s*|jedną\s+)?(?:sekund[ęy]?|min\.?|minut[ęy]?|godz\.?|godzin[ęy]?|dni|dzień|tygodni[e]?|tydzień|"
           r"miesiąc[e]?|miesięcy|lat[a]?|rok)\s+temu")
_REL_CS = (r"p[řr]ed\s+(?:\d+\s*|jednou\s+)?(?:sekundami|sekundou|minutami|minutou|hodinami|hodinou|dny|dnem|týdny|"
           r"týdnem|měsíci|měsícem|lety|rokem)")
# Turkish "2 saat önce", "bir gün önce"; Finnish "3 tuntia sitten"; Romanian "acum 2 ore"; Indonesian and
# Malay "2 jam yang lalu".
_REL_TR = r"(?:\d+|bir)\s*(?:saniye|sn\.?|dakika|dk\.?|saat|sa\.?|gün|hafta|ay|yıl)\s+önce"
_REL_FI = (r"(?:\d+|yksi)\s*(?:sekuntia|sekunti|minuuttia|minuutti|min\.?|tuntia|tunti|päivää|päivä|viikkoa|viikko|"
           r"kuukautta|kuukausi|vuotta|vuosi)\s+sitten")
_REL_RO = r"acum\s+(?:\d+|o|un)\s*(?:secunde|secundă|minute|minut|min\.?|ore|oră|zile|zi|săptămâni|săptămână|luni|lună|ani|an)"
# Croatian, Serbian and Bosnian "prije 2 sata", "pre 3 dana".
_REL_HR = (r"(?:prije|pre)\s+(?:\d+\s*|jednog\s+|jedne\s+)?(?:sekundi|sekunde|minuta|minute|sati|sata|sat|dana|dan|"
           r"tjedana|tjedna|tjedan|nedelja|nedelje|mjeseci|mjeseca|mjesec|meseci|meseca|godina|godine|godinu)")
# Hungarian "2 órája"; Russian "3 часа назад", Ukrainian "3 години тому".
_REL_HU = r"\d+\s*(?:másodperce|perce|órája|napja|hete|hónapja|éve)"
_REL_RU = (r"(?:\d+\s*|одну\s+|один\s+)?(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|"
           r"год(?:а)?|лет|хвилин[уи]?|годин[уи]?|днів|дні|тижн(?:і|ів|ень)|місяц(?:і|ів|ь)?|рок(?:и|ів)|рік)\s+(?:назад|тому)")
# Greek "πριν από 2 ώρες", "πριν 3 λεπτά".
_REL_EL = (r"πριν(?:\s+από)?\s+(?:\d+|ένα|μία|μια)\s*(?:δευτερόλεπτα|δευτερόλεπτο|λεπτά|λεπτό|ώρες|ώρα|ημέρες|ημέρα|μέρες|"
           r"μέρα|εβδομάδες|εβδομάδα|μήνες|μήνα|χρόνια|χρόνο)")
# Vietnamese "2 giờ trước".
_REL_VI = r"\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước"
# The relative times whose unit words are their own language's (Albanian "para 2 orësh", Georgian "3 საათის წინ",
# Hausa "Sa'o'i 3 da suka wuce", Burmese, Tagalog, Swahili, Haitian Creole ..., and every CLDR language's): the
# grammar qa/ingest/dates.py reads them by.
_REL_OWN = OWN_RELATIVE
_REL_ID = r"\d+\s*(?:detik|menit|jam|hari|minggu|bulan|tahun)\s+(?:(?:yang\s+)?lalu|kepungkur)"
# Chinese, Japanese and Korean: "3 小时前", "3時間前", "3시간 전".
_REL_CJK = (r"\d+\s*(?:秒|分钟|分鐘|分|時間|小时|小時|日|天|週間|周|週|か月|ヶ月|个月|個月|年|초|분|시간|일|주|개월|년)"
            r"\s*[前전]")
_REL_LONG = (rf"(?:(?:\d+|an?|one|{'|'.join(SPELLED)})\s*(?:{_UNITS}|h|m|d|w)\s+ago|"
             rf"{_REL_DE}|{_REL_ES}|{_REL_FR}|{_REL_IT}|{_REL_PT}|"
             rf"{_REL_NL}|{_REL_NORDIC}|{_REL_PL}|{_REL_CS}|{_REL_TR}|{_REL_FI}|{_REL_RO}|{_REL_ID}|{_REL_HR}|"
             rf"{_REL_HU}|"
             rf"{_REL_RU}|{_REL_EL}|{_REL_VI}|{_REL_OWN}|"
             rf"{_REL_CJK})")
_REL_SHORT = r"\d+\s*(?:s|m|min|h|hr|d|w|mo|y)"
_REL_WORD = (r"(?:just now|yesterday|today|moments ago|last (?:week|month|year)|gestern|heute|ayer|hoy|ieri|oggi|"
             r"poco fa|ontem|hoje|zojuist|gisteren|vandaag|i går|igår|i dag|idag|nettopp|lige nu|just nu|wczoraj|"
             r"dzisiaj|dziś|przed chwilą|včera|dnes|před chvílí|dün|bugün|az önce|eilen|tänään|juuri nyt|ieri|azi|"
             r"chiar acum|kemarin|hari ini|baru saja|tegnap|вчера|сегодня|только что|вчора|сьогодні|щойно|χθες|σήμερα|hôm qua|hôm nay|vừa xong|ඊයේ|"
             r"qayna p['’]unchaw|kunan p['’]unchaw)")
_SEP = r"\s*[·•|,–—/-]\s*"
_NAME_WORD = r"(?:[A-Z0-9][\w.&'’-]*|of|the|and|for|de|la|le|el|al|&)"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}}"
_REL_ANY = re.compile(rf"(?<!\w)(?:{_REL_LONG}|{_REL_WORD})(?!\w)", re.IGNORECASE)
_REL_END = re.compile(rf"\b{_REL_LONG}$", re.IGNORECASE)

# "3 hours ago", "time2 hours ago" (icon label glued), "Al Jazeera4 days ago", "Reuters · 3h",
# "3h · Reuters", "Updated 5 mins ago", "Updated: 2 hours ago", "vor 3 Stunden".
# Who posted it, after a time or a date: "by USER", "par la direction" (up to three words: a team, not a sentence).
_POSTER = r"\s+(?:by|von|par|por|door|av|af)\s+\S+(?:\s+\S+){0,2}"
_TRAILING_POSTER = re.compile(_POSTER + r"\s*$", re.IGNORECASE)
_TIME_ALONE = re.compile(
    rf"^(?:(?:updated|published|posted|time|clock|schedule|aktualisiert|actualizado|aggiornato|pubblicato|"
    rf"atualizado|publicado|bijgewerkt|gepubliceerd|geplaatst|oppdatert|publisert|opdateret|publiceret|uppdaterad|"
    rf"publicerad|aktualizacja|opublikowano|aktualizováno|publikováno|submitted|shared|edited|publié|publiée|"
    rf"mis à jour|mise à jour|mis en ligne)\s*:?\s*"
    # a label in any language ("Güncelleme: 2 saat önce")
    rf"|[^\W\d_]{{3,20}}\s*:\s*)?"
    # (today or yesterday in any CLDR language only here, where they are the whole line's time)
    # (with a day word's clock time: "Yesterday at 4:45 pm")
    rf"(?P<rel>(?:{_REL_LONG}|{_REL_WORD}|{CLDR_DAY_WORD})(?:{DAY_CLOCK})?)"
    # the poster on a forum or comment line ("submitted 3 hours ago by USER")
    rf"(?:{_POSTER})?"
    # the category of a blog's post ("Posted 2 days ago in Shire News")
    rf"(?:\s+(?:in|under|filed under)\s+(?-i:[A-Z])[^,;|·•]{{0,40}})?$",
    re.IGNORECASE)
# One label word of any script before a relative time ("Обновлено 3 часа назад").
_LABEL_REL = re.compile(rf"^[^\W\d_]{{2,20}}(?:\s[^\W\d_]{{2,12}})?\s+(?P<rel>{_REL_LONG})$", re.IGNORECASE)
# (a day word is never glued on: "Teilen" is no outlet "T" and Finnish "eilen")
# (the name's capitals read case by case, a counted relative time in any case: "Xuan Rodríguez · Hai 2 hores")
_SRC_TIME = re.compile(rf"^(?:by\s+)?(?P<src>{_NAME}?)(?:{_SEP}|\s*)"
                       rf"(?P<rel>(?i:{_REL_LONG})|(?<![^\W\d_]){_REL_WORD})$")
_SRC_SEP_TIME = re.compile(rf"^(?:by\s+)?(?P<src>{_NAME}){_SEP}(?P<rel>(?:(?i:{_REL_LONG}|{_REL_WORD})|{_REL_SHORT})"
                           rf"(?i:{DAY_CLOCK})?)$")
_TIME_SEP_SRC = re.compile(rf"^(?P<rel>(?i:{_REL_LONG})|{_REL_WORD}|{_REL_SHORT}){_SEP}(?P<src>{_NAME})$")

# A bare clock time stamping an item of a news list or live page ("14:05", "9.30am", "21:48 CET").
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])(?::[0-5]\d|h[0-5]\d|\.[0-5]\d(?=\s*(?:[ap]\.?m\.?|uhr|[a-z]{3,4})$))"
                    r"(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s+(?:gmt|utc|cet|cest|mez|mesz|bst|est|edt|cst|cdt|mst|mdt|"
                    r"pst|pdt|ist))?$", re.IGNORECASE)

_DATE_LABEL = r"(?:date|published|updated|posted|last updated|first published|originally published)(?:\s+on)?\s*:?\s*"
# One label word of any language before a clock time ("Uppdaterad 09.47", "Updated: 14:05")
# (a word of five letters or more and a two-digit hour: not "Fajr 5:38" in a prayer-times box, nor "Tue 19:45")
_LABEL_CLOCK = re.compile(r"^[^\W\d_]{5,20}:?\s+(?:[01]\d|2[0-3])[:.][0-5]\d$")
# One date grammar with qa/ingest/dates.py (its DATE_PATTERN, read by its date_of).
_DATE_BODY = DATE_PATTERN
_DATE_ANY = re.compile(rf"(?<![\w.])(?:{_DATE_BODY})(?![\w])", re.IGNORECASE)
# What may stand beside a date on a date line: labels, weekdays, clock times, time zones,
# reading times and separators ("Updated 21:48 CET, 9 November 2025", "Sat 8 Nov 2025 07.30 GMT").
_DATE_NOISE = re.compile(
    r"\d+\s*(?:min|mins|minute|minutes)\s+read|\d+\s*(?:min|mins|minutes|hrs?)\.?(?!\w)"
    # a clock time, with its time zone after "pm" ("3.40pm AWST")
    r"|\d{1,2}(?:[:.he]|:\s|\sh\s)\d{2}(?:[:.]\d{2})?"
    r"(?:\s?[ap](?:\.\s?)?m\.?(?!\w)(?:\s+(?-i:[A-Z]{2,5}|[A-Z][a-z][A-Z]{1,3})\b)?)?"
    # and a city's or local time after it ("12:06 Doha time", "9.30am local time", "11h02 (heure de Nouméa)")
    r"(?:\s+(?:local|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+time\b|\s*\([^()\d]{2,40}\))?"
    r"|[+-]\d{1,2}(?::?\d{2})?|\((?-i:[A-Z]{2,5})\)"
    r"|\b(?:updated|published|posted|first|last|modified|originally|shared here|republished|date|on|at|um|a las|le|"
    r"à|stand|aktualisiert|"
    r"veröffentlicht|actualizado|publicado|mis à jour|mise à jour|mis en ligne|mise en ligne|publié|aggiornato|"
    r"pubblicato|alle|ore|uhr|h|am|pm|a\.m\.|p\.m\.|"
    r"bijgewerkt|gepubliceerd|geplaatst|om|atualizado|atualizada|publicada|oppdatert|publisert|opdateret|publiceret|"
    r"uppdaterad|publicerad|aktualizacja|opublikowano|aktualizováno|publikováno|aired|broadcast|emitido|sendt|kl|klo|"
    r"godz|u|o|w|às|as|saat|klo|kello|ob|น|"
    r"gmt|utc|cet|cest|mez|mesz|bst|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|z|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"segunda|terça|quarta|quinta|sexta|feira|sábado|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|"
    r"tisdag|lördag|söndag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pondělí|úterý|středa|"
    r"čtvrtek|pátek|neděle|даваа|мягмар|лхагва|пүрэв|баасан|бямба|ням|"
    r"дүйсенбі|сейсенбі|сәрсенбі|бейсенбі|жұма|сенбі|жексенбі|सकाळी|दुपारी|सायंकाळी|संध्याकाळी|रात्री|"
    r"ថ្ងៃអាទិត្យ|ថ្ងៃចន្ទ|ថ្ងៃអង្គារ|ថ្ងៃពុធ|ថ្ងៃព្រហស្បតិ៍|ថ្ងៃសុក្រ|ថ្ងៃសៅរ៍|"
    r"дүйшөмбү|шейшемби|шаршемби|бейшемби|ишемби|жекшемби|"
    r"ਐਤਵਾਰ|ਸੋਮਵਾਰ|ਮੰਗਲਵਾਰ|ਬੁੱਧਵਾਰ|ਵੀਰਵਾਰ|ਸ਼ੁੱਕਰਵਾਰ|ਸ਼ਨਿੱਚਰਵਾਰ|ਸ਼ਨੀਵਾਰ|"
    r"ඉරිදා|සඳුදා|අඟහරුවාදා|බදාදා|බ්‍රහස්පතින්දා|සිකුරාදා|සෙනසුරාදා|"
    r"ວັນອາທິດ|ວັນຈັນ|ວັນອັງຄານ|ວັນພຸດ|ວັນພະຫັດ|ວັນສຸກ|ວັນເສົາ|ທີ|"
    r"ഞായർ|തിങ്കൾ|ചൊവ്വ|ബുധൻ|വ്യാഴം|വെള്ളി|ശനി|"
    r"တနင်္ဂနွေနေ့|တနင်္လာနေ့|အင်္ဂါနေ့|ဗုဒ္ဓဟူးနေ့|ကြာသပတေးနေ့|သောကြာနေ့|စနေနေ့|"
    r"یەکشەممە|دووشەممە|سێشەممە|چوارشەممە|پێنجشەممە|هەینی|شەممە|"
    r"alatsinainy|talata|alarobia|alakamisy|zoma|sabotsy|alahady|tamin'ny|"
    r"publicat|actualizat|lo|a|"
    r"lendi|madi|mèkredi|jedi|vandredi|samdi|dimanch|"
    r"dilun|dimeurzh|dimerc'her|diriaou|digwener|disadorn|disul|embannet|hizivaet|d'an|da|"
    r"aso gafua|aso lua|aso lulu|aso tofi|aso faraile|aso to'ona'i|aso sa|"
    # Maori's own weekdays and times of day ("4:45 i te ahiahi"), Tetum's weekdays, Quechua's (Cusco)
    r"rātapu|rāhina|rātū|rāapa|rāpare|rāmere|rāhoroi|i te ata|i te ahiahi|i te pō|"
    r"segunda|tersa|kuarta|kinta|sesta|sábadu|domingu|"
    r"inti p['’]unchaw|killa p['’]unchaw|atipachaw|quyllurpachaw|illapachaw|ch['’]askapachaw|k['’]uychipachaw)(?!\w)\.?"
    # an hour without minutes ("Jan. 13, 2026, 5 a.m.")
    r"|(?<!\d)\d{1,2}\s*[ap]\.m\.(?!\w)"
    # any time-zone abbreviation right after a clock time ("10:41 am ET", "9.30 AEDT"), a label in any
    # language ("Opublikowano:")
    r"|(?<=\d)(?:\s*[ap]\.?m\.?)?\s+(?-i:[A-Z]{1,5})\b"
    # (a label of one word, or of a short word and one more: "I tāngia:", "Kua whakahoutia:")
    r"|(?<!\S)(?:" + _LETTERS + r"{1,4}\s+)?(?:" + _LETTERS + r"|\u200c){3,20}\s*:"
    # the weekdays of every CLDR language
    r"|(?<!\w)" + CLDR_WEEKDAY + r"(?!\w)\.?"
    # a weekday in brackets after a Japanese date ("2026年5月13日（水）"), Korean's and Chinese's weekdays glued to
    # the date, the Japanese era year and the Chinese lunar date written beside it ("令和8年", "农历三月廿五")
    r"|[（(][月火水木金土日][）)]|星期[一二三四五六日天]|[월화수목금토일]요일|(?:令和|平成)\s*\d{1,2}\s*年"
    r"|(?:农历|農曆)\S{2,6}"
    # a short word of any language right before a clock time ("saa 16:20", "kl. 9.30")
    r"|(?<!\S)[^\W\d_]{1,4}\.?(?=\s+\d{1,2}[:.h]\d{2}(?!\d))"
    # the hours after a clock ("16:45 hrs"), a category after the date ("Published 23 March 2026 in Fundraising")
    r"|(?<=\d)\s*hrs?\b|\b(?:in|under)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:&\s+)?(?-i:[A-Z])[\w'’-]*){0,2}\s*$",
    re.IGNORECASE)
# A labelled or ISO date that starts a line of text ("date 2025-07-22 Kremlin plays down ...").
_DATE_PREFIX = re.compile(rf"^(?:{_DATE_LABEL}(?:{_DATE_BODY})|(?P<iso2>\d{{4}}-\d{{2}}-\d{{2}}))\s*[:|·–—-]?\s+(?=\S)",
                          re.IGNORECASE)

# A date label alone on its line, over the date ("Published" / "12 November 2025").
_DATE_LABEL_ALONE = re.compile(r"^(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|"
                               r"publicado|actualizado|publié|mis à jour|pubblicato|aggiornato|gepubliceerd|bijgewerkt|"
                               r"opublikowano|aktualizacja|publicerad|uppdaterad|publisert|oppdatert|julkaistu|päivitetty)"
                               r"\s*:?$", re.IGNORECASE)
_LIST_BULLETS = "•▪●◦‣"
_BULLET_NAME = re.compile(rf"^[-•·*–—]\s*(?P<src>{_NAME})$")
_BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
# Bylines: "By NAME", "Von NAME", "Por NAME", "di NAME", Yoruba "Láti ọwọ́ NAME", Cebuano and Tagalog "Ni NAME", West
# Frisian "Troch NAME", Haitian Creole "Pa NAME", Breton "Gant NAME", Samoan "Tusia e NAME", Hebrew "מאת: NAME",
# "Reported by NAME", and credits such as "Words by NAME". Italian "di" only in lower case: a capitalised "Di" starts
# surnames ("Di Maio"); "Ni", "Troch", "Pa", "Gant" and "Tusia e" only capitalised, as bylines write them.
_BYLINE_LEAD = re.compile(r"^(?:(?:posted|written|published|geplaatst|geschreven)\s+(?:by|door)|by|von|por|par|door|"
                          r"(?:analysis|commentary|opinion|review|column|essay|explainer|feature|report|an analysis)\s+by|"
                          r"av|af|(?-i:di)|(?-i:Ni)|(?-i:Troch)|(?-i:Pa)|(?-i:Gant)|(?-i:Tusia e)|reported by|"
                          r"láti ọwọ́|מאת:?|(?:author|autor|autorka|auteur|autore|forfatter|författare|skrevet av|"
                          r"skriven av)\s*:)\s+(?=\S)", re.IGNORECASE)
# A byline of no one's name before its time: "Par le bureau de l'association · il y a 2 jours".
_UNNAMED_BYLINE_TIME = re.compile(rf"^{_BYLINE_LEAD.pattern[1:]}[^·•|]{{1,60}}?{_SEP}"
                                  rf"(?P<rel>(?:{_REL_LONG}|{_REL_WORD})(?:{DAY_CLOCK})?)$", re.IGNORECASE)
# A blog's byline: "Posted on November 10, 2025 by NAME in CATEGORY", and WordPress's line under a post, "This entry
# was posted in CATEGORY and tagged TAGS on DATE by NAME."
_POSTED_ON = re.compile(r"^(?:this (?:entry|post) was )?"
                        r"(?:posted|published|written|geplaatst|gepubliceerd|publicado|publié|veröffentlicht|pubblicato)"
                        r"(?:\s+in\s+[^;|]{1,60}?(?:\s+and tagged\s+[^;|]{1,60}?)?(?=\s+on\s))?"
                        r"\s+(?:on|am|op|el|le|em|il)\s+(?P<date>.+?)"
                        # the category may come before the author ("Posted on DATE in Harbour by NAME")
                        r"(?:\s+(?:in|under|filed under|em|en|dans)\s+[^,;|]{1,40}?)?"
                        r"\s+(?:by|von|door|por|par|da)\s+(?P<name>.+?)"
                        r"(?:\s+(?:in|under|filed under|em|en|dans|in der)\s+\S.{0,40})?\.?$", re.IGNORECASE)
# A newsroom's desk or unit in place of an author ("Posted on DATE by the Communications Unit").
_THE_DESK = re.compile(r"the(?:\s+(?-i:[A-Z])[\w&'’-]*){1,4}", re.IGNORECASE)
# A date, then the byline, on one line ("18 February 2026 | Written by NAME, ROLE").
_DATE_THEN_BYLINE = re.compile(r"^(?P<date>[^|·•]{6,40}?)(?:\s+[|·•]|,)\s+"
                               r"(?P<byline>(?:written |posted |words |reported )?by\s+\S.*)$", re.IGNORECASE)
# A byline that names no one: the newsroom wrote it ("From staff reports", "By our correspondent"); and Burmese
# "သတင်း - NAME" (news: NAME) and Khmer "ដោយ៖ NAME" (by: NAME), scripts whose names no capitals mark.
_STAFF_BYLINE = re.compile(r"^(?:(?:from )?staff(?: and wire)? reports?|by (?:the )?(?:staff|newsroom)|"
                           r"(?:from )?wire reports?)$|^(?:သတင်း|ដោយ)\s*[-–:៖]\s*\S"
                           # "By our correspondent, PLACE", Swahili "Na Mwandishi Wetu, PLACE"
                           r"|^(?:by (?:our|a) (?:own |special |[^\W\d_]+ )?(?:correspondent|reporter|staff reporter|"
                           r"staff writer)|na mwandishi wetu)(?:\s*,\s*[^\W\d_][\w .'-]{0,30})?$", re.IGNORECASE)
# The newsroom as a byline's author, alone or with the outlet's short name ("Redacció · fa 6 hores", "Redacción
# Quipu · hace 5 horas"): an author, not an outlet.
_NEWSROOM = re.compile(r"^(?:redacci[óo]n|redacció|redação|redazione|rédaction|redaktion|redactie|redakcja|redakce|"
                       r"redakcia|redaksi|toimitus|uredništvo|szerkesztőség|newsroom|news desk|staff)\b", re.IGNORECASE)
# A desk's byline in the Indic scripts: a correspondent's ("OUTLET ప్రతినిధి, PLACE", "PLACE প্রতিনিধি") or the
# outlet's own news desk's (Kannada "OUTLET ವಾರ್ತೆ", OUTLET news).
_DESK_BYLINE = re.compile(r"^(?P<src>\S.{0,30}?)\s+(?:(?:ప్రతినిధి|విలేకరి|प्रतिनिधि|संवाददाता|प्रतिनिधी|প্রতিনিধি|"
                          r"பிரதிநிதி|நிருபர்|ಪ್ರತಿನಿಧಿ|പ്രതിനിധി|પ્રતિનિધિ|ਪ੍ਰਤੀਨਿਧ)(?:\s*[,،]\s*(?P<place>\S.{0,30}))?"
                          r"|(?P<news>ವಾರ್ತೆ))$")
_DESK_SPECIAL = re.compile(r"विशेष|खास|निजी|हमारे|आमचे|आमच्या|ప్రత్యేక|మా|বিশেষ|নিজস্ব|আমাদের|சிறப்பு|எங்கள்|പ്രത്യേക|"
                          r"ഞങ്ങളുടെ|ખાસ|અમારા|ਵਿਸ਼ੇਸ਼|ਸਾਡੇ|ವಿಶೇಷ|ನಮ್ಮ")
_LABEL_NAME = re.compile(rf"^(?:{_LETTERS}{{3,20}}|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{{2,6}})\s*:\s*"
                         r"(?P<name>\S.*)$")
# The photos' or the editor's credit after the text's ("Szöveg: NAME · Fotó: NAME", "Penulis: NAME | Editor: NAME").
_SECOND_CREDIT = re.compile(r"(?:fotos?|fotó|fotók|photos?|photographs?|pictures?|images?|wêne|bilder?|kuvat?|"
                            r"zdjęci[ae]|snímky|editor|editing|vídeo|video)\s*:", re.IGNORECASE)
_CREDIT_LEAD = re.compile(r"^(?:words|text|story|photographs?|photos?|pictures?|images?|illustrations?|video|graphics?|"
                          r"reviewed|fact-checked|checked|verified|interview|interviewed|reporting|research|data)"
                          r"\s+(?:by|von|por|par)\s+(?=\S)", re.IGNORECASE)
# A line naming the outlet a story comes from: "via OUTLET · 4h ago", "Source: OUTLET", "Quelle: dpa",
# "Originally published by OUTLET on DATE".
_SOURCE_LEAD = re.compile(
    r"^(?:(?:source|sources|quelle|fuente|fonte|bron|kilde|källa|źródło|zdroj|fonti|kaynak|lähde|forrás|izvor|sursa|"
    r"nguồn|sumber|источник|джерело|πηγή|المصدر|منبع|स्रोत)\s*:|via|"
    # a Vietnamese item's closing credit in brackets: "(Theo Báo OUTLET)", "according to"
    r"\((?:theo|nguồn:?)|"
    # an Indonesian note: "Artikel ini telah tayang di OUTLET dengan judul ..."
    r"(?:artikel ini )?(?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan) (?:(?:lebih dulu|pertama kali) )?"
    r"(?:di|pada|oleh)|"
    # a print-edition footnote: "This article first appeared in the print edition of OUTLET, DATE."
    r"(?:(?:this|a version of this) (?:article|story|report|piece) (?:was |is )?)?"
    r"(?:originally|first) (?:published|appeared|posted|ran) "
    r"(?:(?:in|on) the (?:print|weekend|sunday|saturday|daily|online) edition of|by|in|on|at)|published (?:by|in)|"
    r"(?:republished|reprinted|reproduced|syndicated|translated) (?:from the original(?: [a-z]+)? (?:in|by)|from|"
    r"with permission (?:from|of))|"
    r"courtesy of|erstveröffentlichung\s*:|"
    # a partner's label over its story: "Partner content · OUTLET", "PARTNERINHALT · OUTLET"
    r"(?:partner content|partnerinhalt|contenu partenaire|contenido (?:de )?(?:socio|aliado)|"
    r"conteúdo (?:de )?parceiro|contenuto partner)\s*[·|]|(?:dieser (?:artikel|beitrag) )?"
    r"(?:erschien zuerst|(?:ursprünglich|zuerst) (?:erschienen|veröffentlicht)) "
    r"(?:in der|im|in|beim|bei|auf)|(?:(?:este|esta|el|la|a|o) (?:artículo|artigo|texto|nota|reportagem|matéria) )?"
    r"(?:fue |foi )?publicad[oa] (?:originalmente|primero|inicialmente) (?:por|pelo|pela|en|em|no|na)|"
    r"(?:cet article (?:a )?(?:été )?)?(?:publié|paru) (?:initialement|d'abord|à l'origine) (?:par|dans|sur)|"
    # a translation's note: "Cet article est une traduction de l'original paru en néerlandais dans OUTLET"
    r"(?:cet article est )?(?:une )?traduction de l'(?:article )?original (?:paru|publié) (?:en [^\W\d_]+ )?"
    r"(?:dans|par|sur)|"
    # Czech and Slovak "Tento článek převzala SITE z regionálního týdeníku OUTLET", Serbian and Croatian "Tekst je
    # preuzet od OUTLET"
    r"(?:tento |tenhle )?(?:článek|text|článok) (?:převzal|prevzal)[aoiy]? .{1,40}? z (?:\w+ )?"
    r"(?:týdeníku|deníku|měsíčníku|týždenníka|denníka|listu|webu|časopisu)|"
    r"(?:tekst|članak|vest|vijest) je preuzet[ao]? (?:od|sa|iz|s)|"
    r"(?:questo articolo (?:è )?(?:stato )?)?pubblicato (?:originariamente|originalmente|per la prima volta) "
    r"(?:da|su|in)|"
    r"oorspronkelijk gepubliceerd (?:door|in|op)|"
    r"opprinnelig publisert (?:av|i|på)|oprindeligt offentliggjort (?:af|i|på)|ursprungligen publicerad (?:av|i|på))"
    r"\s*:?\s+(?=\S)", re.IGNORECASE)
# A Chinese, Japanese or Korean portal's source line ("来源: OUTLET　记者 NAME　3小时前"), a reprint note ("（本文转载自
# OUTLET，如有侵权请联系删除）") and a broadcaster's credit after the text ("（OUTLET 記者 NAME）").
_CJK_SOURCE = re.compile(r"^(?:来源|來源|出典|출처|消息来源)\s*:\s*(?P<src>[^\s|·]+)(?P<rest>.*)$")
_CJK_REPRINT = re.compile(r"^[（(]?本文(?:转载|轉載|转|轉)(?:自|于|於)(?P<src>[^，,。）)\s]+)")
_CJK_CREDIT = re.compile(r"^[（(](?P<src>[^\s（）()]{2,20})\s+(?:記者|记者|기자)\s+[^\s（）()]{2,10}[）)]$")
_CJK_PARTS = re.compile(r"\u3000+|\s{2,}|\s[·|]\s")
_BUREAU = re.compile(r"(?:支局|総局|支社|分社)$")  # a bureau, not the outlet ("京都支局")
# "From OUTLET · 2 days ago" over a quoted story (a marker only with its time: "From the archive" is a label).
_FROM_LEAD = re.compile(r"^from\s+(?=\S)", re.IGNORECASE)
# A digest's or aggregator's link to the story ("Keep reading on OUTLET ›", "Read the full story at OUTLET"): a marker
# only with an outlet's name ("READ MORE ON FLOODING" is a topic).
_READ_ON_LEAD = re.compile(r"^(?:read|keep reading|continue reading|read more|read the full (?:story|article|report)) "
                           r"(?:at|on|in)\s+(?=\S)", re.IGNORECASE)
# A digest's lead-in to a quoted story: "OUTLET reports, this morning:", "OUTLET reported on Monday:".
_REPORTS_LINE = re.compile(r"^(?P<src>\S.{1,60}?)\s+(?:reports|reported|writes|wrote)(?:,?\s+(?P<when>[^:]{2,30}?))?:$")
# A link's arrow after its words ("Keep reading on OUTLET ›").
_ANY_YEAR = date(2001, 1, 1)
# A source label, which in a sentence of a longer line credits a chart or a figure, not the story.
_CREDIT_LABEL = re.compile(r"(?:source|sources|quelle|fuente|fonte|bron|kilde|källa|źródło|zdroj|fonti|kaynak|lähde|"
                           r"forrás|izvor|sursa|nguồn|sumber|источник|джерело|πηγή|via|courtesy)\b", re.IGNORECASE)
# A partner label's language note ("PARTNERINHALT · AUS DEM FRANZÖSISCHEN"), not an outlet.
_TRANSLATED_FROM = re.compile(r"^(?:aus dem|aus|from the|from|traduit|translated|übersetzt|traducido)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")
_LINK_ARROW = re.compile(r"\s*[›»→↗>]+$")
# A place after an outlet in a source line ("Erstveröffentlichung: Ergolz-Post, Liestal").
_PLACE_WORDS = re.compile(r"[^\W\d_][\w'-]+(?:[ -][^\W\d_][\w'-]+)?")
# What follows the outlet in a republication note: "... and is reprinted with permission", ", used by permission".
_MARKER_TAIL = re.compile(r",?\s+(?:and (?:is |was |has been |are )?)?"
                          r"(?:re(?:printed|published|produced)|used|shared|translated)\b.*$"
                          # ... in other languages: "y se reproduce con autorización", "und wird hier mit
                          # freundlicher Genehmigung veröffentlicht", "et reproduit avec son accord"; a partner
                          # clause: ", partenaire de SITE dans le projet ..."
                          r"|\s+(?:y (?:se )?(?:reproduce|republica|publica)|e (?:é |foi )?(?:reproduzid|republicad)|"
                          r"et (?:est )?(?:reproduit|republié)|und wird|e (?:viene|è) (?:ripubblicat|riprodott)|"
                          r"en wordt|dengan judul|v rámci)\b.*$|,\s+(?:partenaire|partner|socio|parceiro)\b.*$"
                          # an agency's initials or the outlet's town after its name ("Boğaziçi Haber Ajansı (BHA)",
                          # "Eco del Valle (Manizales)"); a lone closing bracket ("(Theo Báo OUTLET)")
                          r"|\s+\([^()]{2,40}\)$|\)$", re.IGNORECASE)
# A clipping's edition beside its outlet ("Print edition, page 14"; a bare "p. 3" is a `_PAGE_LINE`).
_PRINT_EDITION = re.compile(r"(?:print edition|print|edition|e-paper)(?:,?\s+(?:page|p\.)\s*[A-Z]?\d{1,4})?",
                            re.IGNORECASE)
# A wire release's closing source line, the label in capitals without a colon ("SOURCE Greenfield Water").
_SOURCE_CAPS = re.compile(r"^(?:SOURCE|QUELLE|FUENTE|FONTE|SOURCE :)\s+(?=[A-Z])")
# A reading time in a meta line ("2 min read", "4 min lesetid").
_READING_TIME = re.compile(r"\d+\s*(?:min|mins|minute|minutes|minutter|minuter|minutos|minuti|minut)\.?\s+(?:read|lesetid|"
                           r"læsetid|lästid|läsning|leitura|de leitura|lectura|de lectura|lecture|de lecture|lettura|"
                           r"di lettura|lesezeit|czytania|čtení)", re.IGNORECASE)
# A reader view's reading time, a range of minutes alone on its line ("6–8 minutes", "4-5 minutos").
_READING_RANGE = re.compile(r"^\d{1,2}\s*[–-]\s*\d{1,2}\s*(?:min|mins|minutes|minutos|minuti|minuten|minuter|minutter|"
                            r"minut|minuty|minuut)\.?$", re.IGNORECASE)
_BYLINE_SPLIT = re.compile(r"\s*(?:[·•|]|\s[-–—»›]\s)\s*")
# "NAME on DATE" in a byline ("Posted by NAME on November 10, 2025", "Door NAME op 10 nov. 2025").
_BYLINE_ON = re.compile(r"^(?P<name>.+?)\s+(?:on|op|am|el|le|il)\s+(?P<date>\S.*)$", re.IGNORECASE)
_ROLE = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|producer|analyst|staff|critic|"
    r"photographer|photojournalist|videographer|presenter|officer|jornalista|기자|记者|記者|"
    r"redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|redacción|corresponsal|periodista|redactora?|journaliste|"
    r"rédact(?:eur|rice)|ledarskribent|skribent|redaktör|kommentator|commentator|toimittaja|dziennikar(?:z|ka)|"
    r"novinář(?:ka)?|giornalista|editorialista|éditorialiste|chroniqueu(?:r|se)|kolumnist(?:in)?|columnista)s?\b",
    re.IGNORECASE)
# An organisation's own writer's title after the name in a byline ("By NAME, Club Secretary"): a role, not an outlet.
_OWN_TITLE = re.compile(r"\b(?:secretary|captain|chair(?:man|woman|person)?|director|manager|coordinator|curator|"
                        r"spokes(?:person|man|woman)|president)\b", re.IGNORECASE)
_NAME_LINKS = {"and", "und", "y", "e", "et", "&", "de", "del", "van", "von", "der", "den", "da", "di", "la", "le",
               "bin", "al", "el", "dos", "du", "do", "das", "des", "af", "av", "og", "och", "i", "na", "nad", "pod", "z",
               "ze", "w"}
# A wire dateline opening a paragraph: "SANTIAGO, Nov 3 (Andes Wire) -", "EAGLE RIDGE, Colo. (KRVN) -".
_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,40}(?:,\s*[A-Z][\w.]*\.?(?:\s+[A-Z][\w.]*)?){0,2}(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2})?"
    r"\s*\((?P<agency>[^()]{2,40})\)\s*[-–—]\s")
# ... in title case with the day and month before the agency, as French and Spanish agencies write it ("Kaolack,
# 15 oct (ATP) –", "Cusco, 3 de mayo (AAN) -").
_DATELINE_DAY_AGENCY = re.compile(r"^[A-ZÀ-Þ][\w'’. -]{1,30},\s+\d{1,2}\s+(?:de\s+)?[^\W\d_]{3,10}\.?\s+"
                                  r"\((?P<agency>[^()]{2,40})\)\s*[-–—]\s")
# A dateline that carries the date: "VUKOVAR, Croatia, Nov 13, 2025 -", "OSLO, 12 November 2025 (Agency) -".
_DATELINE_DATE = re.compile(
    rf"^[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{{1,40}}(?:,\s*[A-Z][\w.]*\.?){{0,2}},\s*(?:{_DATE_BODY})\s*(?:\([^()]{{2,40}}\)\s*)?[-–—]\s",
    re.IGNORECASE)
# ... and in brackets after the place, as press releases write it: "MAJURO, Marshall Islands (April 14, 2026) —".
_DATELINE_BRACKET_DATE = re.compile(
    rf"^[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{{1,40}}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}){{0,2}}"
    rf"\s*\((?:{_DATE_BODY})\)\s*[-–—]\s",
    re.IGNORECASE)
# A forum post's edit note ("Last edited by USER on DATE, edited 1 time in total.").
_EDIT_NOTE = re.compile(r"^last edited by \S.{0,80}\bedited \d+ times? in total\.?$", re.IGNORECASE)
# A transcript's or translation's disclaimer ("Transcript is produced by a captioning service and may contain errors.").
# An archive's OCR note ("OCR text below was produced automatically and may contain errors.").
_DISCLAIMER = re.compile(r"^(?:this |the )?(?:transcript|captions?|subtitles?|translation|ocr|text recognition)\b.{0,80}"
                         r"\b(?:may contain (?:errors|mistakes|inaccuracies)|may not be (?:in its final form|verbatim)|"
                         r"has been edited|(?:is|was) (?:produced|generated|machine[- ]translated|automatically))"
                         # an editing note, a forward-looking-statements notice
                         r"|^(?:this |the )?(?:interview|conversation|q&a|exchange)\b.{0,40}\b(?:has been|was|were) "
                         r"(?:edited|condensed|lightly edited)\b|\bforward-looking statements?\b"
                         # a general-information disclaimer
                         r"|^(?:this|the) (?:article|story|information|content)\b.{0,30}\bfor (?:general )?"
                         r"information(?:al)? purposes only\b"
                         # an opinion piece's note ("Cette chronique exprime l'opinion de son auteure et non celle de
                         # OUTLET", "The views expressed in this column are the author's own")
                         r"|^(?:cette (?:chronique|tribune)|ce texte|this (?:column|op-ed|commentary|opinion piece)|"
                         r"esta columna|este artículo de opinión|diese kolumne|dieser kommentar|questa rubrica|"
                         r"esta coluna)\b.{0,100}\b(?:opinions?|views?|meinung|opini[oó]n(?:es)?|opini(?:ão|ões)|"
                         r"opinioni)\b|^(?:the (?:views|opinions) expressed|las opiniones expresadas|le opinioni espresse|"
                         r"as opiniões expressas|les opinions exprimées)\b",
                         re.IGNORECASE)

# Teaser-rail headings in Turkish, Finnish, Hungarian, Romanian, Croatian and Indonesian ("En Çok Okunanlar",
# "Lue myös", "Cele mai citite", "Baca juga").
_RAIL_MORE = (r"en çok okunan(?:lar)?|ilgili haber(?:ler)?|benzer haberler|bunu da okuyun|luetuimmat|lue (?:myös|lisää)|"
              r"legolvasottabb(?:ak)?|kapcsolódó cikkek|ezt is olvassa el|cele mai citite|citește (?:și|mai mult)|"
              r"articole similare|najčitanije|pročitajte (?:i|još)|povezani članci|terpopuler|baca juga|berita terkait|"
              r"kapcsolódó cikk|читайте (?:также|також)|самое читаемое|по теме|новости по теме|найпопулярніше|διαβάστε (?:επίσης|ακόμα)|δημοφιλή|σχετικά άρθρα|tin liên quan|tin đọc nhiều|đọc nhiều nhất|sources?|quellen|fuentes|fontes|références")
# A republication or licence note closing a story ("This story is republished under a Creative Commons licence.").
_LICENCE = re.compile(r"\bcreative commons\b|\bcc[ -]by(?:[ -](?:sa|nd|nc))*(?: \d\.\d)?\b|\b(?:re)?published under (?:a|the)\b"
                      r"|\b(?:republished|reproduced|reprinted)(?: here)? (?:with (?:the )?permission|by permission|under)\b"
                      r"|\blicen[cs]ed under\b|\bsous licence\b|\bbajo (?:una )?licencia\b|\bunter (?:einer|der) [\w-]+-?lizenz\b"
                      r"|\bsotto (?:una )?licenza\b|\bna licencji\b|\blisansı (?:ile|altında)\b", re.IGNORECASE)
# The heading of a rail of teaser links ("Related", "Read also", "LEIA TAMBÉM", "Les også").
_RAIL_HEAD = re.compile(
    r"^(?:related(?: \w+)?|recommended(?: \w+)?|more on this (?:story|topic)|read (?:also|more|next)|see also|"
    r"most (?:read|popular|viewed)|you (?:may|might) also like|lesen sie auch|mehr zum thema|lee también|"
    r"te puede interesar|(?:à )?lire aussi|leggi anche|lees ook|czytaj (?:także|też)|zobacz (?:także|też)|"
    r"leia (?:também|mais)|veja também|mais lidas|les også|mest lest|flere saker|læs også|mest læste|läs också|"
    r"läs mer|mest lästa|čtěte také|nejčtenější|související články|" + _RAIL_MORE + r")$", re.IGNORECASE)

# The social networks a page links to, and every target of its share row ("Κοινοποίηση: Facebook · Email").
_NETWORKS = (r"facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|messenger|instagram|youtube|tiktok|"
             r"bluesky|threads|odnoklassniki|vkontakte|vk|mastodon|kakaotalk|zalo|tumblr|flipboard|xing|snapchat")
_TARGETS = _NETWORKS + r"|e-?mail|email|wechat|weibo|viber|line|sms|print|copy link"
_SHARE_TARGET = re.compile(rf"^(?:{_TARGETS})$", re.IGNORECASE)
# An advert's label, in many languages ("Advertisement", "Anzeige", "Publicitat", "Isikhangiso").
_AD_LABEL_PATTERNS = (
    r"^(?:advertisement|advertising|advert|ads?|sponsored(?: content)?|promoted(?: content)?|paid (?:content|post)|partner content)$",
    r"^(?:anzeige|werbung|publicidad|publicité)$",
    r"^(?:publicidade|anúncio|annonse|annonce|annons|reklame|reklama|inzerce|pubblicità)$",
    # the same in Turkish, Finnish, Hungarian, Romanian, Croatian and Indonesian
    r"^(?:reklam|mainos|hirdetés|reclamă|publicitate|oglas|iklan|реклама|διαφήμιση|quảng cáo)$",
    # and in Kyrgyz and Kazakh, Punjabi, Gujarati, Sinhala, Yoruba, Somali, Khmer, Lao, Malayalam, isiZulu and
    # Luxembourgish
    r"^(?:жарнама|ਇਸ਼ਤਿਹਾਰ|જાહેરાત|දැන්වීම|ìpolówó|xayeysiis|ពាណិជ្ជកម្ម|ໂຄສະນາ|പരസ്യം|isikhangiso|reklamm)$",
    # and in Telugu, Burmese, Faroese, Belarusian, Amharic, Kannada, Kurdish, Malagasy, Cebuano, Marathi and Hindi,
    # West Frisian, Occitan, Haitian Creole, Breton, Javanese and Samoan
    r"^(?:ప్రకటన|ကြော်ငြာ|lýsing|рэклама|ማስታወቂያ|ಜಾಹೀರಾತು|ڕیکلام|dokambarotra|paanunsiyo|जाहिरात|विज्ञापन|"
    r"advertinsje|publicitat|piblisite|bruderezh|pariwara|fa['’]asalalauga)$",
    # and in Arabic, Persian, Urdu, Bengali, Tamil, Thai, Hebrew, Chinese, Japanese and Korean
    r"^(?:إعلان|اعلان|تبلیغات|آگهی|اشتہار|বিজ্ঞাপন|விளம்பரம்|โฆษณา|פרסומת|广告|廣告|広告|광고)$",
    # and in Kinyarwanda, Romansh, Corsican, Yiddish, Maori, Tetum, Esperanto, Friulian, Papiamentu and Turkmen,
    r"^(?:kwamamaza|reclama|publicità|רעקלאַמע|רעקלאמע|pānui hokohoko|anúnsiu|reklamo|publicitât|anunsio|mahabat|"
    # and Upper Sorbian, Northern Sami and Sardinian
    r"wabjenje|almmuhus|publitzidade)$",
)
# Furniture: whole short lines (matched case-insensitively against the line with
# surrounding punctuation trimmed).
_FURNITURE_PATTERNS = (
    # comment widgets
    r"^(?:no |\d+ )?comments?(?: \(?\d+\)?)?(?: yet)?$", r"^(?:show|view|load|hide|read|see) (?:all |more )?comments?\b",
    r"^be the first to (?:comment|reply)", r"^comments (?:are|have been) (?:closed|disabled|turned off)\b",
    r"^(?:leave|post|add|write) a (?:comment|reply)", r"^join the (?:conversation|discussion)",
    r"^(?:kommentare?|comentarios?|commentaires?)(?: \(\d+\))?$",
    # ads
    *_AD_LABEL_PATTERNS, r"^(?:to )?advertise\b",
    r"^(?:story|article) continues (?:below|after)", r"^continue reading\b", r"^scroll to continue",
    r"^(?:continua (?:após a|depois da) publicidade|continúa (?:después de|tras) la publicidad|"
    r"la suite après (?:la |cette )?publicité|weiterlesen nach der anzeige|l['’]articolo continua (?:dopo|sotto) la "
    r"pubblicità|het artikel gaat verder (?:na|onder) de advertentie)$",
    # teaser and navigation headings
    r"^(?:related|recommended|trending|popular|latest|top|more|similar|suggested|featured)"
    r"(?: \w+)?(?: articles?| stories| news| posts?| reads?| videos?| content| coverage| topics| for you| on \w+)?$",
    r"^most (?:read|popular|viewed|shared|commented|watched)(?: \w+)?$", r"^(?:you|we think you) (?:may|might) also like",
    r"^read (?:more|next|also|this next|(?:the )?full (?:story|article))\b", r"^see (?:also|more)$", r"^up next$",
    r"^(?:editor'?s|editors'?) picks?$", r"^in (?:other|case you missed)\b", r"^more from\b", r"^now playing$",
    r"^(?:load|show|see|view) (?:more|earlier|older|previous)\b", r"^refresh(?: feed| page)?$", r"^you'?re all caught up",
    r"^explore more\b",
    r"^(?:show|hide) (?:key|all|only|latest)\b", r"^watch live$",
    r"^(?:mehr zum thema|das könnte sie auch interessieren|lesen sie auch|auch interessant|meistgelesen)\b",
    r"^(?:te puede interesar|lo más leído|le puede interesar|más noticias|noticias relacionadas)\b",
    r"^(?:à lire aussi|lire aussi|sur le même sujet|les plus lus)\b",
    r"^(?:leggi anche|potrebbe interessarti|ti potrebbe interessare|(?:i )?più letti|articoli correlati|altre notizie)\b",
    r"^(?:lees (?:ook|meer|verder)|meest (?:gelezen|bekeken)|meer nieuws|gerelateerde? (?:artikelen|berichten|nieuws)|"
    r"deel dit (?:artikel|bericht)|reacties?(?: \(\d+\))?$|reageer\b|volg ons\b)",
    r"^(?:czytaj (?:także|też|więcej)|zobacz (?:także|też|również)|najczęściej czytane|polecamy)\b",
    # the same in Portuguese, Norwegian, Danish, Swedish and Czech
    r"^(?:leia (?:também|mais)|veja (?:também|mais)|saiba mais|mais (?:lidas|lidos|vistas|vistos|notícias)|"
    r"notícias relacionadas|les (?:også|mer|flere)|mest (?:lest|leste|lese|delt|sett)|flere (?:saker|nyheter|artikler)|"
    r"relaterte (?:saker|artikler)|læs (?:også|mere)|mest (?:læste|læst|sete|delte)|flere nyheder|relaterede artikler|"
    r"läs (?:också|mer|även)|mest (?:lästa|läst|delade|sedda)|fler nyheter|relaterade artiklar|"
    r"čtěte (?:také|též|více)|přečtěte si|nejčtenější|nejnovější|související články|další zprávy)\b",
    r"^(?:" + _RAIL_MORE + r")\b",
    r"^(?:more (?:on|about) this (?:story|topic)|(?:see|view) (?:all|more) (?:stories|news|articles))$",
    # a fact-check page's frame: more checks, helpfulness poll, signatory and policy lines
    r"^more (?:fact[- ]?checks?|checks|explainers)$", r"^(?:was|is) this (?:[\w-]+ ){0,3}(?:helpful|useful)$",
    r"\bsignator(?:y|ies) (?:of|to) the\b", r"^(?:corrections?|ethics|editorial|complaints)(?: and \w+)? polic(?:y|ies)$",
    r"^our (?:standards|principles|editorial (?:standards|code|values))\b",
    # radio and TV player bars ("Listen Live", "On Air Now: SHOW", "Now Playing: ARTIST - SONG")
    r"^(?:listen|watch) (?:live|again|now)$", r"^(?:e-?paper|e-?edition|digital edition|today'?s paper)$",
    # screen-reader links ("Skip Navigation", "Accessibility Help")
    r"^(?:skip (?:to )?(?:main )?navigation|accessibility(?: help| options| tools| settings)?)$",
    r"^(?:on air|now playing|playing now|now on|coming up|on now)(?: now)?:\s",
    # a score box: result marks, attendance, match-centre links
    r"^(?:ft|ht|aet|full[- ]time|half[- ]time|live scores?)$", r"^(?:att|attendance)\s*:\s*[\d,.]+$",
    r"^match (?:centre|center|report|stats)$",
    r"^(?:home|menu|search|skip to (?:main )?content|back to top|close|next|previous|prev|more|less|loading|"
    r"sections?|navigation|toggle navigation|main menu|open menu|close menu|top stories|breaking news|live|"
    r"print|email|e-mail|copy link|link copied|bookmark|save|saved|listen|play|pause|mute|unmute|follow|following|"
    r"startseite|suche|anmelden|abmelden|portada|inicio|buscar|accueil|recherche|connexion|cerca|accedi|esci|"
    r"abbonati|registrati|meny|menyn|menú|nabídka|søk|sök|søg|szukaj|hledat|pesquisar|pesquisa|logg inn|log ind|"
    r"logga in|entrar|zaloguj się|přihlásit(?: se)?|assine(?: já)?|prenumerera|abonner|bli abonnent|"
    r"(?:køb|kjøp|köp) abonnement|tilbake|tilbage|tillbaka|voltar|zpět|powrót)$",
    # pagers and list bars ("Page 1 of 50", "Next page", "Showing 3 of 148 images", "« Older releases")
    r"^page \d+ of \d+$",
    # a digest's item counter ("Item 2 of 5", "Tin 1/3", "Meldung 3 von 8")
    r"^(?:item|story|tin|nachricht|meldung|noticia|notizia|nouvelle|nieuwsbericht|berita|haber)\s*\d{1,2}\s*"
    r"(?:/|of|von|de|di|sur|van|dari)\s*\d{1,2}$",
    r"^(?:next|previous|prev|older|newer) (?:page|posts|entries|releases|stories|articles)\b",
    r"^showing \d+\b", r"^(?:sort|filter)(?:ed)? by\b", r"^filter\s*:",
    # a release's or picture's labels ("Category: Community", "Media contact: NAME", "Image ID: ...", "Photographer: NAME")
    r"^(?:category|categories|kategori|kategoria|kategorie|categoria|rubrik|section)\s*:\s",
    r"^(?:media|press|news) (?:contact|enquiries|inquiries)\b",
    r"^(?:image|photo|picture|asset|item) (?:id|no|number|ref)\b",
    r"^(?:photographer|fotograf|fotógrafo|photographe|fotografo|fotografie|zdjęcia)\s*:\s",
    r"^(?:add to|remove from) (?:lightbox|cart|basket|favourites|favorites|collection|list|reading list)\b",
    r"^licen[cs]e this\b", r"^download(?: [\w-]+)?$", r"^(?:read|view|see) (?:the )?full (?:version|site)\b",
    r"^(?:se|vis|visa|ver|zobacz|zobrazit) (?:full|fuld|hele|fullständig|a versão completa|pełną|plnou)\b",
    r"^(?:receba|receive|get|recibe|få|motta|modtag|otrzymuj|dostávejte)\b.{0,60}"
    r"\b(?:whatsapp|telegram|e-?mail|inbox|newsletter|notifications?|alerts?|varsler|notiser|notificações)\b",
    r"^(?:ouvir|ouça|lytt til|lyt til|lyssna|posłuchaj|poslechnout)\b.{0,20}$", r"^listen\s*\(?\d+\s*min\)?$",
    r"^(?:tópicos|temas|emner|ämnen|tagi|tematy|témata|tags?|topics|themen|sujets|argomenti|etiketler|konular|"
    r"avainsanat|aiheet|címkék|etichete|oznake|teme)$",
    # an e-mail's forwarding header, a print version's frame, a wiki's edit note
    r"^(?:more|meer|mehr|más|plus de|altre|mais|flere|fler|więcej|další|daha fazla|lisää|további|mai multe|više|ещё|"
    r"περισσότερα)\s+[\w-]+$",
    r"^(?:forwarded|original|weitergeleitete) (?:message|nachricht)$|^(?:mensaje reenviado|message transféré)$",
    # a mail client's note over the message ("You replied to this message on ...")
    r"^you (?:replied to|forwarded) this (?:message|email)\b",
    r"^(?:from|to|cc|bcc|date|sent|subject|von|an|betreff|datum|gesendet|de|para|asunto|fecha|enviado|objet|à|envoyé)"
    r"\s*:\s*\S.{0,120}$",
    r"^printed from\b", r"^(?:gedruckt|imprimé|stampato|impreso) (?:von|de|da|desde)\b", r"^close (?:this )?window$",
    r"^print (?:this )?(?:page|article|story)$", r"\blast (?:edited|modified|updated) on\b",
    # an editor's update note ("This article was updated at 15:40 to add a statement from the operator.")
    r"^this (?:article|story|report|post) (?:was|has been) (?:updated|amended|corrected)\b",
    # a tag line ("Tags: cranes, winter birds") and a blog's comment form and theme credit
    r"^(?:tags?|tagged(?: with)?|topics|schlagwörter|stichwörter|etiquetas|étiquettes|mots-clés|tagi|etiketler|"
    r"avainsanat|címkék|etichete|oznake|теги|метки|ετικέτες)\s*:\s*\S",
    r"\byour e-?mail address will not be published\b", r"^(?:post|submit) (?:a )?(?:comment|reply)$",
    r"^cancel reply$", r"^(?:proudly )?powered by\b",
    # a widget's label with its count ("Comments (12)", "Yorumlar (23)", "Vstoupit do diskuse (56)")
    r"^[^\W\d_]+(?: [^\W\d_]+){0,2} \(\d+\)?$",
    r"^(?:personvern(?:erklæring)?|informasjonskapsler|privatlivspolitik|cookiepolitik|integritetspolicy|"
    r"política de privacidade|polityka prywatności|ochrana osobních údajů|regulamin|kontakty?|om oss|om os|contato|"
    r"fale conosco|informace o cookies|zásady cookies)$",
    # a list's time-zone note ("All times CET", "Times are in GMT")
    r"^(?:all )?times (?:are |shown )?(?:in )?(?:local(?: time)?|[a-z]{2,5})$|^alle (?:zeiten|zeitangaben) in \w+$",
    # sharing
    r"^share(?: this| the)?(?: article| story| post| page| link)?(?: on \w+| via \w+| with \w+)?$",
    r"^share this(?: [\w-]+){1,2}$",
    r"^(?:" + _NETWORKS + r")$",
    # a row of sharing targets under a label of any language ("Κοινοποίηση: Facebook · Email")
    r"^(?:[^\W\d_]+(?: [^\W\d_]+)?\s*:\s*)?(?:" + _TARGETS + r")(?:(?:\s*[·•|,/]\s*|\s+)(?:" + _TARGETS + r"))+$",
    r"^follow (?:us|\w+) on\b", r"^(?:share|tweet|post) on (?:facebook|twitter|x|whatsapp|linkedin)$",
    r"^(?:artikel |beitrag )?teilen\b", r"^compartir\b", r"^partager\b", r"^condividi\b", r"^forward (?:this|to)\b",
    r"^(?:paylaş|jaa|podijeli|podeli|deli|distribuie|bagikan|megosztás|bagikan artikel|поделиться|поділитися|κοινοποίηση|μοιραστείτε|chia sẻ)$",
    r"^(?:transcript|show notes|episode notes|transkript|transcripción|transcription|trascrizione|transcrição)$",
    r"^(?:compartilh(?:e|ar)|udostępnij|sdílet|del|dela|deling)(?: (?:artikkelen|artiklen|artikeln|på \w+|"
    r"(?:o |este |esta )?(?:artigo|matéria|notícia)|článek|artykuł))?$",
    r"^(?:copiar|kopier|kopiér|kopiera|kopiuj|kopírovat|zkopírovat) (?:o )?(?:link|lenke|länk|linken|odkaz)$",
    r"^\d+(?:[.,]\d+)?\s*k?\s+(?:shares|delinger|delingar|delinger|delningar|compartilhamentos|udostępnień|sdílení)$",
    r"^(?:\d+\s+)?(?:kommentarer|kommentar|comentários|komentarze|komentáře|komentářů)(?: \(?\d+\)?)?$",
    # accounts and newsletters
    r"\b(?:sign ?up|signup|subscribe|subscription|unsubscribe|newsletters?|log ?in|sign ?in|register now|"
    r"create (?:an|your|a free) account)\b", r"^sign me up\b", r"^(?:enter )?(?:your )?e-?mail(?: address)?$",
    r"\b(?:abonnieren|suscr[ií]bete|abonnez-vous|s'abonner)\b|^recibe nuestro bolet[ií]n\b|^bolet[ií]n (?:diario|semanal)$",
    r"^iscriviti\b",
    # a donation button ("Donate now", "Support us")
    r"^(?:donate|make a donation|support us|become a (?:member|supporter|patron))(?: now| today| here)?$",
    # e-mail newsletter frame: web-view link, preference links, why-you-get-this note
    r"^(?:view|read|open|see) (?:this )?(?:e-?mail |newsletter |issue )?(?:in (?:your |a |the )?(?:web )?browser|online)$",
    r"^(?:having )?trouble (?:viewing|reading) this\b", r"^(?:im browser (?:ansehen|öffnen|anzeigen)|"
    r"ver (?:en el navegador|en la web|online)|voir (?:dans le navigateur|en ligne|la version en ligne)|"
    r"visualizza (?:nel browser|online|la versione online))$",
    r"^you(?:'re| are) receiving this\b", r"\b(?:update|manage|change|edit) your (?:e-?mail )?"
    r"(?:preferences|subscription|settings)\b",
    r"^(?:that'?s all for (?:today|now|this week)|thanks for reading|see you (?:tomorrow|next week|on \w+)|until next time)\b",
    # apps and stores
    r"\b(?:download|get|install|open|abrir|ouvrir|öffnen|apri|otwórz|otevřít|aç|avaa|deschide|buka|baixe|descarga|"
    r"descargar|télécharger|herunterladen|scarica)\b.{0,40}\b(?:app|appen|aplikac\w*|uygulama\w*|sovellu\w*|aplicaci[oó]n)\b", r"\bapp[- ]?store\b", r"\bplay[- ]?store\b", r"\bgoogle[- ]?play\b",
    r"^(?:available|get it|download) on\b",
    # calls to action
    r"^(?:try|explore|discover|unlock|get started|start (?:your|free|now|exploring)|join (?:us|now|today|for free)|"
    r"click|tap|swipe|learn more|find out more|upgrade (?:now|today|your)|go premium|continue with|accept|allow|enable|turn on|"
    r"please (?:enable|turn on|allow|disable))\b",
    r"^(?:ready to|want to|don't miss|never miss|stay (?:informed|updated|up to date))\b.{0,80}$",
    r"^(?:reject|decline|refuse|deny)(?: all| cookies)?$",
    # a notification prompt and its buttons in Telugu ("allow notifications for the latest news", "allow", "no")
    r"నోటిఫికేషన్", r"^(?:అనుమతించు|వద్దు)$", r"^manage (?:options|preferences|settings|cookies)\b",
    r"^(?:alle )?(?:akzeptieren|ablehnen|zustimmen)$", r"^einstellungen$",
    # consent buttons in Turkish, Finnish, Croatian, Romanian, Polish, Swedish, Norwegian, Hungarian, Indonesian
    r"^(?:αποδοχή(?: όλων)?|απόρριψη|ρυθμίσεις|принять(?: все)?|отклонить|настройки|kabul et|reddet|tümünü kabul et|hyväksy(?: kaikki)?|hylkää(?: kaikki)?|vain välttämättömät|prihvati(?: sve)?|"
    r"odbij(?: sve)?|postavke|accept(?: tot| toate)?|refuz(?: tot)?|setări|akceptuj(?:ę)?(?: wszystkie)?|odrzuć(?: wszystkie)?|"
    r"godkänn(?: alla)?|avvisa(?: alla)?|godta(?: alle)?|avslå(?: alle)?|elfogadom|elutasítom|setuju|tolak|"
    r"continuer sans accepter|tout refuser|personnaliser)$",
    r"^(?:aceptar|rechazar|configurar)(?: todo| todas| todas las cookies)?$",
    r"^(?:alles |cookies )?(?:accepteren|weigeren|akkoord)$", r"^instellingen(?: aanpassen| beheren| wijzigen)?$", r"^(?:tout )?(?:accepter|refuser)$",
    r"^paramétrer\b", r"^(?:accetta|rifiuta|personalizza)(?: tutti| tutto| i cookie)?$",
    # legal
    r"\bcookies?\b.{0,40}\b(?:policy|settings|preferences|consent|accept|use)\b", r"^(?:privacy|cookie) (?:policy|settings|notice)$",
    r"^(?:(?:we|this (?:site|website)) uses? cookies|(?:wir )?verwenden cookies|utilizamos cookies|"
    r"(?:accept|allow|reject|aceptar|rechazar|akzeptieren|accepter)(?: all| todas)? (?:the )?cookies|"
    r"(?:deze (?:web)?site|wij|we) (?:maakt gebruik van|gebruik(?:t|en)) cookies)\b",
    r"^we (?:value|respect|care about) your privacy\b",
    r"^terms (?:of|and) (?:use|service|conditions)$", r"\ball rights reserved\b",
    r"\b(?:todos os direitos reservados|todos los derechos reservados|alle rettigheter reservert|alle rettigheder "
    r"forbeholdes|alla rättigheter förbehållna|wszelkie prawa zastrzeżone|všechna práva vyhrazena|tous droits réservés|"
    r"alle rechte vorbehalten|tutti i diritti riservati)\b", r"^(?:©|\(c\)|copyright)\s*\d{0,4}",
    r"\briproduzione riservata\b", r"^do not sell (?:or share )?my (?:personal )?info(?:rmation)?$",
    # company and VAT registration numbers of a legal footer
    r"^(?:p\.\s?iva|partita iva|vat (?:no|number|reg(?:istration)?)|ust-?id(?:nr)?|c\.?i\.?f|n\.?i\.?f|siret|siren)\b"
    r".{0,40}\d",
    r"^(?:privacy|terms|contact(?: us)?|about(?: us)?|imprint|impressum|datenschutz(?:erklärung)?|agb|nutzungsbedingungen|"
    r"aviso legal|política de (?:privacidad|cookies)|mentions légales|confidentialité|note legali|chi siamo|contatti)$",
    # image alt texts, captions and icons left in the text
    r"^(?:\w+[ -]){0,2}(?:logo|icon|image|img|photo|picture|thumbnail|avatar|banner|background|badge|placeholder|spinner)s?$",
    r"^(?:(?:photo(?:graph)?|image|picture|illustration|credit|foto|bild|imagen|fotografía|zdjęcie)s?\s*:|fot\.)\s",
    r"^(?:watch|video|listen|gallery|photos|in pictures)\s*:\s", r"^(?:show|hide) (?:the )?(?:transcript|captions)$",
    # a teaser under a label ("Related: HEADLINE", "See also: HEADLINE")
    r"^(?:related|see also|read also|also read|more on this(?: story)?|lire aussi|lesen sie auch|leia também|lee también)"
    r"\s*:\s",
    # the same in Kyrgyz, Tajik, Punjabi, Gujarati, Sinhala, Yoruba, Somali, Khmer (its colon is "៖"), Lao,
    # Malayalam, isiZulu and Luxembourgish
    r"^(?:ошондой эле окуңуз|хабари марбут|ਇਹ ਵੀ ਪੜ੍ਹੋ|આ પણ વાંચો|මේවාත් කියවන්න|ka èyí náà|akhriso sidoo kale|"
    r"អានបន្ថែម|ອ່ານຂ່າວກ່ຽວຂ້ອງ|ഇതുകൂടി വായിക്കാം|funda nalokhu|liest och)\s*[:៖]\s*",
    # and in Telugu, Faroese, Belarusian, Kannada, Kurdish (Sorani), Malagasy, Cebuano, West Frisian, Occitan,
    # Haitian Creole, Breton, Javanese and Samoan; Armenian (its comma "՝") and Burmese (a spaced hyphen)
    r"^(?:ఇవి కూడా చదవండి|les eisini|чытайце таксама|ಇದನ್ನೂ ಓದಿ|بابەتی پەیوەندیدار|vakio koa|basaha usab|lês ek|"
    r"legir tanben|li tou|lennit ivez|waca uga|faitau fo['’]i)\s*:\s*",
    r"^կարդացեք նաև\s*[՝:]\s*", r"^ဆက်စပ်ဖတ်ရှုရန်\s*[-–:]\s*",
    # and in Chinese, Japanese and Korean (with a full-width colon), Arabic, Hindi, Bengali, Vietnamese, Indonesian
    # and Turkish
    r"^(?:相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|关联阅读|関連記事|あわせて読みたい|관련\s?기사|"
    r"اقرأ (?:أيضا|أيضاً|ايضا)|(?:यह|ये) भी पढ़ें|আরও পড়ুন|xem thêm|đọc thêm|baca juga|ayrıca (?:oku|okuyun)|"
    r"ilgili haber)\s*[:：]\s*",
    # a market-data strip's delay notice ("Prices delayed 20 minutes", "Quotes delayed by at least 15 mins")
    r"^(?:prices|quotes|data|market data)(?: are| is)? delayed(?: by)?(?: at least| up to)? \d+\s*(?:minutes?|mins?)\b",
    # a gallery's or slideshow's counter ("3 / 8")
    r"^\d{1,3}\s?/\s?\d{1,3}$",
    # a release's genre label over its header
    r"^(?:(?:press|news|media) release|for immediate release|pressemitteilung|communiqué de presse|nota de prensa|"
    r"comunicato stampa|persbericht|pressmeddelande|pressemelding)$",

    # reading-time and media widgets
    r"^\d+\s*(?:min|mins|minute|minutes) read$", r"^listen to (?:this )?(?:article|story)\b", r"^(?:audio|video) (?:length|duration)\b",
    # bare item numbers of a list ("1", "2.")
    r"^\d{1,2}$",
)
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_PATTERNS), re.IGNORECASE)
_AD_LABEL = re.compile("|".join(f"(?:{p})" for p in _AD_LABEL_PATTERNS), re.IGNORECASE)
# An advert's copy: a business's name (and its place) before a dash ("Dahab Money Transfer – Send to Hargeisa ...").
_AD_COPY = re.compile(r"^(?P<name>[^–—:!?]{2,60}?)\s[–—]\s+\S")
# A social post's author line: a name, then its handle ("Ajuntament de Xeraco @AjXeraco").
_POST_AUTHOR = re.compile(r"^(?P<name>[^@:|·•]{2,60}?)\s+\(?@\w{2,30}\)?$")
# A gallery's numbered caption: "2 / 6 Volunteers plant reeds", "1 of 5: The chapter house", "Litratu 2 ning 3: ...".
_GALLERY_CAPTION = re.compile(r"^(?:[^\W\d_]{2,12}\s+)?(?P<n>\d{1,2})\s*"
                              r"(?:/|of|de|di|da|von|van|ning|sur|na|z|av|af|из)"
                              r"\s*(?P<m>\d{1,2})\s*[:.–—-]?\s+(?P<first>\w)", re.IGNORECASE)
# A fact-check's claim box, before or after the headline ("Claim: ...", "Claimed by: ...", "Rating: False").
_CLAIM_BOX = re.compile(r"^(?:claim|claimed by|claimant|rating|our rating|verdict|our verdict|what we found|"
                        r"what we checked|bewering|beoordeling|oordeel|behauptung|bewertung|afirmación|calificación|"
                        r"veredicto|affirmation)\s*:\s*\S", re.IGNORECASE)
# The heading of an author box after a body ("About the author"); the box runs to the next blank line.
_AUTHOR_BOX = re.compile(r"^(?:about the (?:author|writer|reporter)s?|over de (?:auteur|schrijver)|"
                         r"über (?:den autor|die autorin)|sobre el autor|sobre la autora|à propos de l'auteur|"
                         r"l'autore|sull'autore)$", re.IGNORECASE)
# The heading of an organisation's boilerplate box after a release ("About Northwind Rail Components", "Über die Stadtwerke").
_ABOUT_ORG = re.compile(r"^(?:about|über|à propos d[e']|acerca de|sobre|informazioni su|over|om|o)\s+(?P<name>\S.{1,60})$",
                        re.IGNORECASE)
# Print jump lines: "See JAIL, Page A6", "Continued on Page 8"; they end an article's part on the page.
_JUMP = re.compile(r"^(?:see|continued (?:on|from)|cont(?:inued)?\.? on|turn to|continua(?:ção)? (?:na|a|in)|continúa en|"
                   r"suite (?:en |à la )?|fortsetzung auf|weiter auf|segue (?:a|na)|vervolg op|ciąg dalszy na|"
                   r"pokračování na|devamı)\b.{0,40}\b(?:page|página|pagina|seite|str\.?|stronie|straně|sayfa|s\.)\s*[A-Z]?\d{1,3}"
                   r"(?:,?\s+col(?:umn|\.)?\s*\d{1,2})?$",
                   re.IGNORECASE)
# A page number on its own line ("Page 7", "Seite 3", "Sayfa 12").
_PAGE_LINE = re.compile(r"^(?:page|seite|página|pagina|strona|strana|sayfa|sivu|side|sida|oldal|pag\.|p\.)\s*[A-Z]?\d{1,4}$",
                        re.IGNORECASE)
# An e-mail's subject header, however long ("Subject: Morning briefing | Bus fares halved; ..."); a line that
# repeats it is the mail client's heading over the message.
_MAIL_SUBJECT = re.compile(r"^(?:subject|betreff|asunto|objet|oggetto|assunto|onderwerp|ämne|emne|temat)\s*:\s*"
                           r"(?P<subject>\S.*)$", re.IGNORECASE)
# An e-mail address on its own line.
_EMAIL_LINE = re.compile(r"^(?:e-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.IGNORECASE)
_PAGE_NO = re.compile(r"^(?:page\s+|p\.?\s*)?[A-Z]{0,2}\d{1,3}$", re.IGNORECASE)
_CAPTION_CREDIT = re.compile(r"^(?:(?:photo(?:graph)?|image|picture|illustration|credit|foto|bild|imagen|fotografía|"
                             r"zdjęcie)s?\s*:|fot\.|(?:image|photo|picture|video|media) (?:source|credit)s?\s*[,:])\s",
                             re.IGNORECASE)
# A broadcaster's caption or picture credit behind its label and a comma, in its service's language ("Image caption,
# Cars park on the verge", "Image source, Getty Images"; Welsh, Spanish, Portuguese, French, Swahili, Hindi, Arabic,
# Persian, Russian, Ukrainian, Turkish, Indonesian, Vietnamese).
_CAPTION_LABELLED = re.compile(
    r"^(?:(?:image|photo|media|video) caption|disgrifiad o'r llun|ffynhonnell y llun|pie de foto|fuente de la imagen|"
    r"legenda da foto|crédito da foto|légende de la photo|crédit photo|maelezo ya picha|chanzo cha picha|"
    r"इमेज कैप्शन|इमेज स्रोत|التعليق على الصورة|مصدر الصورة|توضیح تصویر|منبع تصویر|подпись к фото|автор фото|"
    r"підпис до фото|fotoğraf altyazısı|fotoğraf kaynağı|keterangan gambar|sumber gambar|chú thích ảnh|"
    r"nguồn hình ảnh)\s*[,،:]\s*\S", re.IGNORECASE)
# An editor's note on the story, at its top or foot ("Correction: An earlier version of this article said ...",
# "Anmerkung der Redaktion: ...", "Cet article a été mis à jour avec ...").
_EDITOR_NOTE = re.compile(
    r"^(?:(?:correction|corrections|clarification|editor'?s note|editors' note|note from the editor|korrektur|"
    r"korrekturhinweis|anmerkung der redaktion|hinweis der redaktion|transparenzhinweis|note de la rédaction|"
    r"rectificatif|nota del editor|nota de la redacción|fe de erratas|corrección|correzione|nota della redazione|"
    r"correção|nota da redação|nota do editor|errata|correctie|noot van de redactie|rettelse|rättelse|sprostowanie|"
    r"od redakcji)\s*:\s*\S|"
    r"(?:an earlier|a previous) version of this (?:article|story|report)\b|in einer (?:früheren|ersten) (?:fassung|version)"
    r"\b|dieser (?:artikel|beitrag|text) wurde (?:.{0,40} )?(?:aktualisiert|ergänzt|korrigiert|geändert)\b|"
    r"cet article a été (?:mis à jour|modifié|corrigé|actualisé)\b|une (?:précédente|première) version de cet article\b|"
    r"(?:este|esta) (?:artículo|nota|texto) (?:fue|ha sido) (?:actualizad|corregid|modificad)[oa]\b|"
    r"una versión anterior de (?:este|esta) (?:artículo|nota)\b|questo articolo è stato (?:aggiornato|corretto)\b|"
    r"este (?:texto|artigo) foi (?:atualizado|corrigido)\b|dit artikel is (?:aangepast|bijgewerkt|gecorrigeerd)\b)",
    re.IGNORECASE)
# A caption's label alone on its line ("Image caption,"): the next line is the caption.
_CAPTION_LABEL = re.compile(r"^(?:image|photo|picture|video|media) caption\s*[,:]?$|^(?:caption|legenda|bildtext|"
                            r"bildunterschrift|pie de foto|légende|didascalia|podpis)\s*[,:]?$", re.IGNORECASE)
# A caption's credit at its end: "... since 1961 (Image: Evening Echo)", "... [Photo: Reuters]".
_CAPTION_TAIL = re.compile(r"[(\[](?:photo(?:graph)?|image|picture|pic|illustration|credit|foto|bild|imagen|fotografía)s?"
                           r"\s*:\s*[^()\[\]]{1,60}[)\]]\.?$", re.IGNORECASE)
# The longest closing paragraph with an e-mail address in it that is read as a contact note.
_CONTACT_WORDS = 60
# A caption in any language: a sentence, then its credit in brackets or after a label ("... on Tuesday.
# (Photo agency)", "... on Tuesday. Photograph: Name/Agency", "... Surat: «Outlet»"), or "... PICTURE BY NAME".
_CAPTION_TRAILER = re.compile(r"[.!?]\s*[(\[][^()\[\]]{3,60}[)\]]\.?$"
                              r"|[.!?]\s+" + _LETTERS + r"{3,15}:\s*[«\"“„]?[^\W\d_][^.!?:]{2,60}$"
                              r"|[.!?]\s+(?:photo|image|picture)s?\s+courtesy\s+(?:of\s+)?[^\W\d_][^.!?:]{2,60}$"
                              r"|[.!?]\s+[–—-]\s+(?:photo|picture|image)s?\s+(?:supplied|courtesy\b.{0,60}|by\s.{2,60})$"
                              # Kannada: "... –OUTLET ಚಿತ್ರ" (OUTLET picture)
                              r"|\s[–—]\s?\S[^.!?]{0,40}\s(?:ಚಿತ್ರ|ಫೋಟೊ|ಫೋಟೋ)$"
                              r"|[.!?]\s+(?:picture|photo|pic|image)s?\s+by\s+[^\W\d_][^.!?:]{2,60}$"
                              # an agency's or paper's file photo: "... in New Taipei. TNA file photo"
                              r"|[.!?]\s+(?:[–—-]\s+)?[^\W\d_][\w.&-]{0,20}(?:\s+[\w.&-]{1,20})?\s+file\s+"
                              r"(?:photo|picture|image)s?\.?$"
                              # Burmese and Khmer: "... ။ ဓာတ်ပုံ - NAME", "... ។ រូបភាព៖ NAME" (photo: NAME)
                              r"|[။។]\s*(?:ဓာတ်ပုံ|រូបភាព)\s*[-–:៖]\s*\S.{0,60}$", re.IGNORECASE)
# Story-tip and contact boxes that close an article ("Got a story? Email ... or message us on WhatsApp.").
_TIP_BOX = re.compile(
    r"^(?:(?:got|have you got|do you have|have you (?:seen|witnessed|got))\b.{0,40}\b(?:story|stories|tips?|news|"
    r"photos?|pictures?|videos?)\b.{0,20}\?"
    r"|(?:e-?mail|contact|message|call|text|whatsapp|write to|get in touch with|tell) (?:us|the newsdesk|our newsdesk|"
    r"our newsroom|the newsroom)\b"
    r"|send (?:us )?(?:your )?(?:story|stories|news tips?|tips?|photos?|pictures?|videos?)\b"
    r"|(?:¿\s*)?tienes una (?:historia|noticia)|haben sie (?:einen hinweis|eine geschichte|ein thema)"
    r"|vous avez une (?:info|information|histoire)|hai una (?:notizia|segnalazione|storia)|segnala(?:ci)? una notizia)",
    re.IGNORECASE)
# A greeting that opens an e-mail or briefing ("Good morning. Here are ...", "Hi Anna,").
_GREETING = re.compile(
    r"^(?:good (?:morning|afternoon|evening|day)|hello|hi|hey|greetings|welcome back|dear (?:reader|subscriber)s?|"
    r"guten (?:morgen|tag|abend)|buenos días|buenas (?:tardes|noches)|bonjour|bonsoir|buongiorno|buonasera)"
    r"(?:\s+[\w'’-]+){0,3}\s*[,.!—–]", re.IGNORECASE)
# A sponsor's heading over its box ("SPONSORED BY QUAYSIDE ENERGY", "In partnership with ...").
_SPONSOR = re.compile(
    r"^(?:sponsored|presented|brought to you|powered|supported|paid for|in partnership|in association) (?:by|with)\b"
    r"|^(?:gesponsert von|patrocinado por|sponsorisé par|sponsorizzato da|in collaborazione con)\b", re.IGNORECASE)
# The end mark of a release, wire story or transcript ("###", "-30-", "-ends-", "END 2:31 P.M. EST").
_END_MARK = re.compile(r"^(?:#{3}|-\s*30\s*-|-\s*ends?\s*-|end(?: of (?:transcript|release|briefing|statement))?"
                       r"(?:\s+\d{1,2}[:.]\d{2}\b.{0,12})?)$", re.IGNORECASE)
# A pager under a list or story ("« Older releases", "Next episode", "Page 2 of 9"): what follows is the page's foot.
_PAGER = re.compile(r"^(?:[«‹<]\s*)?(?:older|newer|next|previous|prev|earlier|later)\s+(?:page|posts|entries|releases|"
                    r"stories|articles|episodes?|notices|items)\b.{0,4}$|^page \d+ of \d+$", re.IGNORECASE)
# Links that close a teaser or newsletter item ("Read the full story", "Read full story on OUTLET").
_READ_ON = re.compile(r"^read (?:the )?(?:full|whole|rest of the) (?:story|article)\b", re.IGNORECASE)
# A breadcrumb trail: "Home > News > Local News > Wrexford", "Sport › Football › Cup", "Home » Farming" (two
# parts only with a guillemet or chevron, which headlines do not use).
_BREADCRUMB = re.compile(r"^[^\s>›»/][^>›»/]{0,30}(?:(?:\s[>›»/]\s[^>›»/]{1,30}){2,}|\s[›»]\s[^>›»/]{1,30})$")
# Navigation furniture that follows a site's name at the top of a page.
_NAV = re.compile(r"^(?:(?:main |open )?menu|menü|menù|toggle navigation|navigation|search|home|sections?|skip to\b.*|"
                  r"sign in|log ?in|subscribe|startseite|suche|inicio|portada|buscar|accueil|recherche|cerca)$",
                  re.IGNORECASE)
# A long rule line (underscores, dashes, asterisks, box drawing) separating the items of a list or e-mail;
# short ones ("***", "---") are section breaks inside an article.
_RULE = re.compile(r"^(?:[_=─━—–~*-]\s?){8,}$")
# A postal address line of a footer: "The Harbour Times, 12 Quay Street, Portmere PM1 4QX".
_ADDRESS_PART = re.compile(
    r"^\d{1,4}[a-z]?\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|ln|way|square|sq|place|pl|"
    r"drive|dr|boulevard|blvd|quay|row|court|ct|close|terrace|hill|park)\.?$"
    r"|^(?:via|viale|piazza|corso|calle|avenida|rue|boulevard|avenue)\s+.+\d"
    r"|^[\w .'’-]*(?:straße|strasse|str\.|weg|platz|gasse)\s+\d+", re.IGNORECASE)
# Wire and agency credit lines, of any length.
_CREDIT = re.compile(r"^(?:(?:additional )?reporting|writing|editing|edited|compiled|translated) by\b", re.IGNORECASE)
# A consent banner in any of many languages: a web-cookie word near a "we use" verb or a consent word
# ("Käytämme evästeitä ...", "Koristimo kolačiće ...", "Folosim cookie-uri ...", "Bu sitede ... çerezler kullanıyoruz").
_COOKIE_WORD = (r"(?:cookies?|cookie-uri|cookie-urile|çerez\w*|kolačić\w*|evästei\w*|eväste\w*|kakor|informasjonskapsler|"
                r"informationskapslar|ciasteczk\w*|plik\w* cookie|sütik\w*|sütiket|piškotk\w*|küpsis\w*|slapuk\w*|sīkdatn\w*|"
                r"бисквитк\w*|файлы cookie)")
_WE_USE = (r"(?:we use|uses|use|usamos|utilizamos|utilisons|utilise|utilizziamo|utilizza|verwenden|nutzen|gebruiken|"
           r"gebruikt|bruker|bruger|använder|używamy|wykorzystujemy|používáme|využíváme|kullanıyoruz|kullanmaktayız|"
           r"kullanılmaktadır|käytämme|használunk|használ|koristimo|koristi|folosim|folosește|uporabljamo|kasutame|"
           r"naudojame|izmantojam|menggunakan|используем|використовуємо|χρησιμοποιούμε|consent|consentimento|consentement|einwilligung|zgod\w*|souhlas\w*|"
           r"onay\w*|suostum\w*|pristan\w*|acord|accept\w*|akzept\w*|hyväks\w*|prihvat\w*|kabul)")
# A consent framework's wall ("We and our 842 partners store and/or access information on a device ...", "With your
# permission we and our partners may use precise geolocation data"): its counts are no story's numbers.
_CONSENT_WALL = re.compile(r"^(?:with your permission,? )?we and our (?:\d[\d,]* )?(?:partners|vendors)\b"
                           r"|^your (?:preferences|choices) will apply to this (?:web)?site\b", re.IGNORECASE)
_CONSENT = re.compile(rf"\b{_COOKIE_WORD}\b.{{0,100}}\b{_WE_USE}\b|\b{_WE_USE}\b.{{0,100}}\b{_COOKIE_WORD}(?!\w)"
                      rf"|{_CONSENT_WALL.pattern}"
                      r"|^(?:dbamy o twoją prywatność|nous respectons votre vie privée|ihre privatsphäre ist uns wichtig|"
                      r"tu privacidad es importante|la tua privacy è importante|a sua privacidade é importante|"
                      r"gizliliğiniz bizim için önemli|yksityisyytesi on meille tärkeää)", re.IGNORECASE)
# A newsletter's sign-up line in the copy ("Get the latest news in your inbox. Sign up for our free newsletters here.",
# "Thanks for reading! Subscribe for free to receive new posts").
_NEWSLETTER_PROMO = re.compile(r"\b(?:sign up|subscribe)\b.{0,40}\b(?:free|newsletters?|inbox|new posts)\b"
                               r"|\binbox\b.{0,40}\bsign up\b", re.IGNORECASE)
# A prompt to follow the outlet on a network or join its channel ("Suivez OUTLET sur WhatsApp : rejoignez notre
# chaîne", "Pridružite se Viber zajednici ...", "Abonează-te la canalul nostru de Telegram ...").
_CHANNEL_PROMPT = re.compile(
    r"^\W{0,3}(?:follow|join|subscribe to|kövess(?:e|en)?|pridružite se|pratite|zapratite|abonează-te|urmărește|"
    r"urmăriți|подписывайтесь|подпишитесь|підписуйтесь|підпишіться|sledujte|obserwuj|dołącz|segui(?:teci)?|"
    r"síguenos|únete|suivez|rejoignez|abonnez-vous|folgen sie|folge|takip edin|ikuti|gabung|bergabunglah|theo dõi|"
    r"siga|acompanhe|inscreva-se|entre (?:no|em))\b.{0,100}\b(?:" + _NETWORKS + r"|viber|wechat|line)\w*\b",
    re.IGNORECASE)
# A paywall's cut and its box (English, French, German, Spanish, Italian, Portuguese, Dutch, Polish, Turkish,
# Nordic): the story on the page ends there.
_PAYWALL = re.compile(
    r"\b(?:subscribe|sign in|log in|register) to (?:continue|keep) reading\b|\bto continue reading\b|\bthis (?:article|story) "
    r"is (?:for|only for|exclusive to|available to) (?:subscribers|members)\b|\byou have read \d+ of\b"
    r"|\bréservé aux abonnés\b|\bil vous reste \d+ ?% à lire\b|\bdéjà abonné\b|\bnur für abonnenten\b"
    r"|\b(?:weiterlesen|lesen sie weiter) mit\b|\bil vous reste \d+ articles? gratuits?\b"
    r"|\byou have \d+ free (?:articles?|stories)\b|\bte quedan? \d+ (?:artículos?|noticias?) gratis\b"
    r"|\bsie haben noch \d+ (?:kostenlose|freie)\b|\bje m'abonne\b"
    r"|\b(?:sigue leyendo|continúa leyendo|continue a ler|continuez (?:la lecture|à lire)|continua a leggere|lees verder) "
    r"(?:con|com|avec|met)\b"
    r"|\bexclusivo para (?:suscriptores|assinantes)\b|\briservato agli abbonati\b|\balleen voor abonnees\b"
    r"|\btylko dla (?:subskrybentów|prenumeratorów)\b|\babonelere özel\b|\bkun for abonnenter\b|\bendast för prenumeranter\b"
    r"|\bfor (?:subscribers|members) only\b", re.IGNORECASE)
# A copyright line that spells the word out ("Copyright 2025 NAME. All rights reserved. ...").
_COPYRIGHT_LEAD = re.compile(r"^(?:copyright|\(c\))\s*(?:©\s*)?\d{4}\b", re.IGNORECASE)
# A reader-funding appeal ("We rely on readers like you to fund stories like this one.").
_APPEAL = re.compile(r"\b(?:readers|supporters|members) like you\b|\b(?:listener|reader|viewer|member|audience)"
                     r"[- ]supported\b|\bbecome a (?:member|supporter|donor) today\b", re.IGNORECASE)
# A newsletter's distribution and sponsor notes and a forum's posting rules, of any length up to a short
# paragraph ("This issue was sent to 18,402 subscribers.", "Today's issue is supported by ...").
_DISTRIBUTION = re.compile(
    r"\bthis (?:issue|newsletter|e-?mail|edition) (?:was|is) sent to\b|\byou(?:'re| are) receiving this (?:e-?mail|newsletter)\b"
    r"|^(?:today'?s|this) (?:issue|newsletter|edition|episode) is (?:supported|sponsored|brought to you|presented) by\b"
    r"|\byou must be (?:logged|signed) in to (?:post|comment|reply)\b"
    r"|\bview (?:it|this (?:message|e-?mail)) in (?:a|your) (?:web )?browser\b", re.IGNORECASE)
# One part of a profile or counter strip: a label and a number ("Letters: 12", "Member since 2011", "Posts 340").
_STAT_PART = re.compile(r"^(?:[^\w\s]{1,3}\s?|[^\W\d_]+(?: [^\W\d_]+)?(?:\s*:\s*|\s+))\d[\d,.]*[km]?$"
                        r"|^@\w{2,30}$|^\d[\d,.]*[km]?\s+[^\W\d_]+$", re.IGNORECASE)
# A clock time in a counter strip, maybe under a word ("edited 09:14", "11:02").
_STAT_CLOCK = re.compile(r"^(?:[^\W\d_]+\s+)?(?:[01]?\d|2[0-3]):[0-5]\d$")
# A media teaser's label ("Watch: HEADLINE", "In pictures: HEADLINE"): over its player it is furniture, over
# its own intro paragraph it is the page's headline.
_MEDIA_LABEL = re.compile(r"^(?:watch|video|listen|gallery|photos|in pictures)\s*:\s", re.IGNORECASE)
# A line led by a player's time code ("00:06 The ice is about six inches", "[00:01:12] NAME: ...").
_TIME_CODE = re.compile(r"^[\[(]?(?:\d{1,2}:)?[0-5]?\d:[0-5]\d[\])]?\s+\S")
# A wire story's slug line: capitalised keywords joined by hyphens or slashes, maybe under a version label
# ("KENYA-TEA/EXPORTS", "UPDATE 1-NIGERIA-POWER", "ETHIOPIA-COFFEE/"); it is no headline.
_SLUG = re.compile(r"^(?:[A-Z]+ \d{1,2}-)?[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]*)+$")
# An author's note under a story: "NAME is the Standard's transport correspondent.", "NAME ist Redakteurin ...".
_BIO = re.compile(r"^(?P<name>[^,.;:()]{3,40}?)\s+(?:is|ist|es|est|è|é|er|är|jest|on"
                  r"|(?P<beat>covers|writes about|reports on|a skriv))\s+(?P<rest>.+)$")
# After a one-sentence note on the author: how to reach them ("Reach her at ...") or what they did before
# ("Before joining the paper she ...").
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
_BIO_CONTACT = re.compile(r"^\s*(?:(?:reach|contact|email|e-mail|write to|follow)\s+(?:him|her|them)\b"
                          r"|(?:before|previously|prior to|earlier)\b)", re.IGNORECASE)
# A hard-wrapped line's end: no sentence or clause closes it.
_WRAP_END = re.compile(r"[.!?…:;\"”’»)\]]$")
# A numbered list item's number ("2. ", "3) "): the line starts an item, it does not run on.
_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]\s")
# A link or address in a line ("www.example.com", "https://", "name@example.com").
_LINKISH = re.compile(r"https?://|www\.|\w@\w", re.IGNORECASE)
# A fact or credits box's line: a label of one or two words, a colon, a short value ("Director: NAME",
# "Running time: 1hr 52min", "Opening hours: 9am-5pm").
_FACT_LINE = re.compile(r"^[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?\s*:\s*\S")
# A "label: value" pair inside a meta strip ("来源: 海港日报", "作者: 李明", "Source: Reuters").
_LABEL_PAIR = re.compile(r"(?:^|(?<=\s))(?P<label>[^\W\d_]{1,12})\s*:\s*(?P<value>[^\s:]{1,30})")
# Labels that name the outlet in such a pair.
_SOURCE_LABEL = re.compile(r"^(?:source|sources|quelle|fuente|fonte|bron|kilde|källa|źródło|zdroj|kaynak|lähde|"
                           r"来源|來源|出典|출처)$", re.IGNORECASE)
# Promotional paragraphs (longer lines) are removed only next to other furniture.
_PROMO = re.compile(
    r"\b(?:download|install|get)\b.{0,60}\bapp\b|\bapp[- ]?store\b|\bplay[- ]?store\b|\bgoogle play\b"
    r"|\bsign ?up\b|\bsubscribe\b|\bnewsletters?\b|\binbox\b|\bpremium\b.{0,40}\b(?:access|subscription|member)"
    r"|\bunsubscribe\b|\bdonate\b|\bbecom(?:e|ing) a (?:supporter|member|patron)\b"
    r"|\bsupport (?:local|independent|our|quality) journalism\b"
    r"|\bpartners?\b.{0,80}\b(?:personalis|personaliz|consent)\w*"
    # a paywall's box: metered free articles, an offer, the subscriber's way back in (English, German, Spanish,
    # French, Italian, Portuguese, Dutch, Polish, Turkish)
    r"|\b(?:free|gratis|kostenlose?n?|gratuitos?|gratuits?|gratuiti|gratuitas?|darmowych|ücretsiz)\b.{0,30}"
    r"\b(?:articles?|stories|artikel|artículos|articoli|artigos|artykuł\w*|haber\w*|makale\w*)\b"
    r"|\bunlimited (?:digital )?access\b|\bcancel (?:any ?time|at any time)\b|\balready (?:a )?(?:subscriber|member)\b"
    r"|\b(?:schon|bereits) abonnent|\bya eres suscriptor|\bdéjà abonné|\bsei già abbonato|\bjá é assinante"
    r"|\bal abonnee|\bmasz już (?:subskrypcję|prenumeratę)|\bzaten abone"
    r"|\b(?:only|exclusive|reserved) (?:for|to) (?:subscribers|members)\b|\bréservé aux abonnés\b"
    r"|\bexclusivo para (?:assinantes|suscriptores)\b|\briservato agli abbonati\b"
    # an offer's price per period ("1 € le premier mois", "£1 a week for the first 3 months")
    # (a small price: "£85,000 a year" or "$650 million last year" in a story is no offer)
    r"|(?:[€£$]\s?\d{1,3}(?:[.,]\d{1,2})?(?![\d.,]*\d)|(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?\s?(?:€|£|\$|eur|zł|kr|kč|lei|tl))\s(?!million|billion|bn|m\b)"
    r".{0,25}\b(?:month|week|year|mois|semaine|"
    r"monat|monatlich|woche|jahr|mes|mês|semana|mese|settimana|maand|miesiąc|měsíc|ay|hafta|månad|måned|kuukausi|"
    r"mensual|mensuel|mensile|mensal|maandelijks|miesięcznie|měsíčně|aylık|per månad|i måneden)\b"
    r"|\bcookies?\b.{0,120}\b(?:consent|consens|partner|preferen|setting|personali[sz]|analy[sz]|advertis|publicidad|"
    r"pubblicit|profilazione|einwillig)",
    re.IGNORECASE)
# Markdown lines that are only links or images: "[Home](/)", "* [News](/news)", "![alt](src)".
# A bare domain name on its own line: the site a link post or teaser comes from ("valleycourier.co.uk").
_DOMAIN = re.compile(r"^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,12}$", re.IGNORECASE)
# A URL line; its path may carry the story's date ("https://example.com/business/2025/11/12/slug/").
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?:/|$|[-_])")
_MD_LINK_ONLY = re.compile(r"^(?:[*+-]\s+)?!?\[[^\]]*\]\([^)]*\)$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(?<!\w)(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?!\w)")

_SENT_END = line_model.SENTENCE_END
# Letters of scripts written without spaces between words (Chinese, Japanese): about two make a word.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = line_model.WORD
# Thai, Lao, Khmer and Burmese put spaces between phrases, not words: about four of their characters (vowel and tone
# marks included) make a word. (Six read a 124-character Thai paragraph as a headline; four change one corpus line,
# a consent paragraph, to a paragraph.)
_SPACED_PHRASES = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_MD_HEADING = re.compile(r"^#{1,6}\s+")

# Small patterns of the helpers below, compiled once.
_TRAILING_PUNCT = re.compile(r"[.,;:]$")
_ABBREV_END = re.compile(r"\b(?:[A-Z]\.){1,3}$|\b(?:Jr|Sr|St|Inc|Co|Ltd)\.$")
_FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:[\"'’”»)]*)(?:\s+[\"'‘“(]*[A-Z0-9]|$)")
# Invisible marks a copy picks up. The zero-width (non-)joiners are kept: Persian, Urdu and the Indic scripts
# spell words with them ("می‌شوند"), so dropping them would change the quoted text.
_ZERO_WIDTH = re.compile(r"[\u200b\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]+")
_ALNUM = re.compile(r"[^\W_]")
_STAGE_NOTE = re.compile(r"\((?-i:[^a-z()]+)\)|\[[^\[\]]*\d[^\[\]]*\]|\[(?-i:[^a-z\[\]]+)\]")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"\d{2,}")
_ADDRESS_SPLIT = re.compile(r",|\s[·•|]\s")
_NAME_BREAK = re.compile(r"[,;:!?]")
_ROLE_BREAK = re.compile(r"[,;:!?.]")
_PERSON_BREAK = re.compile(r"[,;:!?()\d]")
_LETTER = re.compile(r"[^\W\d_]")
_NAME_SPLIT = re.compile(r"[\s\-–—|·:]+")
_COMMA_SPLIT = re.compile(r",\s")
_MIN_READ = re.compile(r"\d+\s*(?:min|mins|minute|minutes)\s+read", re.IGNORECASE)
_WRITES_FROM = re.compile(r"(?:in|from|at|aus|in|de|desde|da|em|en|à|depuis|fra|från|i|z|ze|w|v|ve)\s+[A-ZÀ-Þ][\w .'’-]{1,30}")
_LEADING_DIGIT = re.compile(r"^\d")
_AGENCY_LOWER = re.compile(r"[a-z]{2,5}")
_STRIP_SPLIT = re.compile(r"\s[·•|]\s|,\s")
_DOT_SPLIT = re.compile(r"\s[·•|–—-]\s")
_CELL_SPLIT = re.compile(r"\s[·•|]\s")
_ROLE_SPLIT = re.compile(r"[,;(]")
_SIGNATURE_SEP = re.compile(r"[,·|]")
_NAME_NUMBER = re.compile(r"\d{1,3}(?:\.\d)?(?:fm)?|fm|1[89]\d\d|20[0-2]\d", re.IGNORECASE)
_MASTHEAD_BREAK = re.compile(r"[,;!?()\d]")
_APP = re.compile(r"\bapp\b", re.IGNORECASE)
_RUNS_ON = re.compile(r"[^\w\"'‘“(\[]|[a-z0-9]")
_MD_LEVEL = re.compile(r"(#{1,6})\s")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")

_BLANK, _PARA, _SHORT, _TIME, _DATE, _BULLET, _FURN, _BYL = (
    "blank", "para", "short", "time", "date", "bullet", "furn", "byline")
_META = (_TIME, _DATE, _BYL)


@dataclass
class _Line:
    text: str
    kind: str
    source: str | None = None  # outlet carried by the line (glued source, bullet name, byline)
    rel: str | None = None  # relative time as written
    date: str | None = None  # ISO date carried by the line
    role: bool = False  # a byline that only gives the author's role ("Health reporter")
    ends: bool = False  # furniture that closes an article's text on the page (jump line, wire credit)
    clock: bool = False  # a bare clock time ("14:05")
    marker: str | None = None  # the outlet named by an outlet marker line ("Source: OUTLET", "via OUTLET")
    repeated: bool = False  # a short line made furniture because other pages repeat it (it may name the site)
    trail: bool = False  # a meta line under a story's last paragraph ("Published: 13/11/2025", "Published in OUTLET on DATE")
    note: bool = False  # a closing note on the author, furniture though shaped as a paragraph
    caption: bool = False  # the line under a caption label ("Image caption,"): never a headline
    fixed: bool = False  # furniture by its own words (copyright, licence, disclaimer, paywall, appeal line, advert)
    p_title: float = 0.0  # the learned line model's probability that the line is a headline
    p_furn: float = 0.0  # ... and that it is furniture (0.0 when no model is trained)


# ---------------------------------------------------------------- public API


def split_pages(pages: list[str]) -> list[list[PageArticle]]:
    """Split raw scraped pages into their articles, with page furniture removed.

    Args:
        pages: the text of each page (plain text, Markdown, or text extracted from HTML).
            Several pages at once let lines repeated across pages count as furniture.

    Returns:
        For each page, in order, its articles (possibly empty when nothing but furniture
        was found). A page without furniture or article headers is one article, whole.
    """
    parsed = [_parse(page) for page in pages]
    repeated = _repeated_lines(parsed)
    return [_split(lines, repeated) for lines in parsed]


def screened_candidates(page: str) -> tuple[list[PageArticle], np.ndarray]:
    """The articles the splitter finds on one page before the article filter drops any, with the filter's features.

    Args:
        page: the page's text, split on its own.

    Returns:
        (the articles, `article_filter.features` of them); no articles when the page is not cut by the tagger
        (the filter acts only there).
    """
    lines = _parse(page)
    collected: list[tuple[list[PageArticle], np.ndarray]] = []
    _split(lines, _repeated_lines([lines]), collected)
    return collected[0] if collected else ([], np.zeros((0, len(article_filter.FEATURES))))


def _capital(char: str) -> bool:
    """A capital letter or a digit; any letter of a script without case (Chinese, Japanese, Arabic, Hebrew)."""
    return char.isupper() or char.isdigit() or (char.isalpha() and not char.islower())


def looks_like_title(line: str) -> bool:
    """Whether a line reads as a headline: short, capitalised, no closing sentence punctuation.

    Args:
        line: one line of text.

    Returns:
        True for headline-like lines.
    """
    line = line.strip()
    if not line or len(line) > 200:
        return False
    words = _WORD.findall(line)
    if not words or len(words) > 25:
        return False
    if _TRAILING_PUNCT.search(line) and not _ABBREV_END.search(line):
        return False
    if line.count("(") != line.count(")") or line.count("[") != line.count("]"):
        return False
    first = next((ch for ch in line if ch.isalnum()), "")
    return bool(first) and _capital(first)


def derive_title(text: str, max_words: int = 14) -> str:
    """A short title made from the first sentence of a text.

    Args:
        text: article text.
        max_words: longest title kept whole; a longer first sentence is cut at a clause
            boundary, or at `max_words` words with an ellipsis.

    Returns:
        The title (empty for empty text).
    """
    first = text.strip().split("\n", 1)[0].strip()
    match = _FIRST_SENTENCE.search(first)
    sentence = (match.group(1) if match else first).strip()
    sentence = _MD_HEADING.sub("", sentence)
    words = sentence.split()
    if len(words) <= max_words:
        return sentence.rstrip(".;:, ").strip() or sentence
    # Cut at the first clause boundary that leaves a readable headline.
    for cut in re.finditer(r",|;|:|\s[–—-]\s|\s(?:as|after|while|when|because|but|amid|despite|which|who|where|following)\s",
                           sentence):
        head = sentence[:cut.start()].strip()
        if 5 <= len(head.split()) <= max_words:
            return head
    return " ".join(words[:max_words - 2]).rstrip(".;:, ") + "…"


# ---------------------------------------------------------------- parsing lines


def _parse(page: str) -> list[_Line]:
    text = unicodedata.normalize("NFC", page or "").replace("\r\n", "\n").replace("\r", "\n")
    lines: list[_Line] = []
    seen_text = False
    cleaned = _unwrap([_SPACES.sub(" ", _ZERO_WIDTH.sub("", raw)).strip() for raw in text.split("\n")])
    for line in cleaned:
        lines.append(_classify(line, first=not seen_text))
        seen_text = seen_text or bool(line)
    for above, line in zip(lines, lines[1:]):
        if line.ends and _RULE.match(line.text) and above.kind == _SHORT:
            line.ends = False  # a Markdown heading's underline, not a separator
        if above.kind == _FURN and line.kind == _PARA and _MEDIA_LABEL.match(_probe(above.text)):
            above.kind = _SHORT  # a gallery's or video's headline over its intro
        if line.clock and above.kind == _FURN and _MEDIA_LABEL.match(_probe(above.text)):
            line.kind, line.clock = _FURN, False  # a video teaser's running time
    _mark_transcripts(lines)
    _mark_authors(lines)
    # Before the learned parts read the kinds: a note on the author is furniture that only its place shows.
    _mark_author_notes(lines)
    _month_first_dates(lines)
    subjects = {_key(m["subject"]) for line in lines if line.kind == _FURN and (m := _MAIL_SUBJECT.match(line.text))}
    for line in lines:
        if line.kind == _SHORT and _key(line.text) in subjects:
            line.kind = _FURN  # the mail client's heading that repeats the subject
    return lines


def _month_first_dates(lines: list[_Line]) -> None:
    """Read a page's numeric dates month first ("02/11/2026" is 11 February) when the page writes its other dates month
    first (with a month name, "February 12, 2026", or with a day over 12, "04/27/2026") and never day first: the
    page's own convention, where the numbers alone cannot say."""
    order = {"mdy": 0, "dmy": 0}
    ambiguous: list[tuple[_Line, str]] = []
    for line in lines:
        if not line.date:
            continue
        for match in _DATE_ANY.finditer(line.text):
            if match["mdy_d"]:
                order["mdy"] += 1
            elif match["dmy_d"]:
                order["dmy"] += 1
            elif match["num_a"] and int(match["num_a"]) > 12 >= int(match["num_b"]):
                order["dmy"] += 1  # "27/04/2026"
            elif match["num_a"] and int(match["num_b"]) > 12 >= int(match["num_a"]):
                order["mdy"] += 1  # "04/27/2026"
            elif match["num_a"] and _iso(match) == line.date and int(match["num_a"]) <= 12 \
                    and int(match["num_b"]) <= 12 and match["num_a"] != match["num_b"]:
                ambiguous.append((line, f"{int(match['num_y']):04d}-{int(match['num_a']):02d}-{int(match['num_b']):02d}"))
    if order["mdy"] and not order["dmy"]:
        for line, month_first in ambiguous:
            line.date = month_first


def _unwrap(texts: list[str]) -> list[str]:
    """Hard-wrapped text (a PDF's or an e-mail's lines cut mid-sentence at one width) joined back into its sentences.

    In a block of lines (up to a blank line), a line that ends without a sentence's end and runs on into a line
    starting in lower case is a wrap when most of the block's lines are such wraps of about the same width; once
    a block shows the page's wrap width, such runs-on of that width elsewhere on the page (a boilerplate paragraph of
    two lines) are wraps too, and so are lines of that width followed by a capitalised word that would not have fitted
    on them. A wrap is joined to the next line, which is left blank (so line numbers stay those
    of the page).

    Args:
        texts: the page's lines, whitespace-collapsed.

    Returns:
        The lines, wrapped sentences joined.
    """
    widths: list[int] = []  # the widths of the wraps of the blocks that show a wrap width
    block_of: dict[int, list[int]] = {}  # each line's block's run-on lines
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and texts[j]:
            j += 1
        runs = [k for k in range(i, j - 1) if len(texts[k]) >= 30 and not _WRAP_END.search(texts[k])
                and _runs_on(texts[k], texts[k + 1])]
        block_of.update(dict.fromkeys(range(i, j), runs))
        sizes = [len(texts[k]) for k in runs]
        if len(runs) >= 2 and 2 * len(runs) >= j - i - 1 and max(sizes) <= 1.35 * min(sizes):
            widths += sizes
        i = j + 1
    out = list(texts)
    if not widths:
        return out
    low, high = 0.85 * min(widths), 1.15 * max(widths)
    # In a block with a wrap of the page's width, a line of that width also runs on into a capitalised word that
    # would not have fitted on it ('... said' / 'Maureen Able, who runs ...').
    fits = lambda k: low <= len(texts[k]) <= high  # noqa: E731
    wraps = [k for k in range(len(texts) - 1) if texts[k + 1] and fits(k) and not _WRAP_END.search(texts[k])
             and not _LIST_NUMBER.match(texts[k + 1])
             and (_runs_on(texts[k], texts[k + 1]) or (any(fits(r) for r in block_of.get(k, []))
                                                       and len(texts[k]) + 1 + len(texts[k + 1].split()[0]) > max(widths)))]
    for k in reversed(wraps):
        out[k], out[k + 1] = f"{out[k]} {out[k + 1]}", ""
    return out


def _runs_on(line: str, after: str) -> bool:
    """Whether a line's sentence may run on into the next line: the next starts in lower case, or with a number
    after a lower-case word ("... went on sale in" / "2021, and ...")."""
    start = after.lstrip("\"“‘'(")[:1]
    return start.islower() or (start.isdigit() and line[-1:].islower() and not _LIST_NUMBER.match(after))


def _mark_transcripts(lines: list[_Line]) -> None:
    """A run of three or more time-coded lines above the page's own text is an embedded player's transcript.

    A transcript that closes the page (a podcast's episode page) is the article's text and stays.
    """
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].kind != _BLANK and _TIME_CODE.match(lines[j].text):
            j += 1
        if j - i >= 3:
            after = [k for k in range(j, len(lines)) if lines[k].kind == _PARA and not _TIME_CODE.match(lines[k].text)]
            if len(after) >= 2:
                for k in range(i, j):
                    lines[k].kind = _FURN
        i = max(j, i + 1)


_FULL_WIDTH_BAR = re.compile(r"\s*｜\s*")


def _probe(line: str) -> str:
    """The line as read for classification: Markdown heading marks, emphasis and links removed."""
    probe = _FULL_WIDTH_BAR.sub(" | ", _MD_HEADING.sub("", line).replace("：", ": "))
    probe = _MD_LINK.sub(r"\1", probe)
    probe = _MD_EMPHASIS.sub(r"\2", probe)
    return probe.strip()


def _classify(line: str, first: bool = False) -> _Line:
    """One line's kind, with the date, relative time and outlet it carries; a day word keeps the clock time written
    with it ("yesterday, 3:40 pm", "gisteren, 21:48"), as `date_text` keeps what the page says."""
    found = _classify_line(line, first)
    if found.rel and not any(c.isdigit() for c in found.rel):
        at = found.text.find(found.rel)
        clock = _DAY_CLOCK.match(found.text[at + len(found.rel):]) if at >= 0 else None
        if clock:
            found.rel = found.text[at:at + len(found.rel) + clock.end()]
    return found


# A clock time right after a day word: "yesterday, 3:40 pm", "Yesterday at 4:45 pm", "včera 18:20".
_DAY_CLOCK = re.compile(DAY_CLOCK, re.IGNORECASE)


def _classify_line(line: str, first: bool = False) -> _Line:
    if not line:
        return _Line("", _BLANK)
    if _MD_LINK_ONLY.match(line):
        return _Line(line, _FURN)
    if _RULE.match(line):
        return _Line(line, _FURN, ends=True)
    if not _ALNUM.search(line):
        # icons and punctuation only ("☰", "▲", "•••"); a press release's end mark ("###") ends its text
        return _Line(line, _FURN, ends=bool(_END_MARK.match(line.strip())))
    if _EMAIL_LINE.match(line) or _PAGE_LINE.match(line) or (_MAIL_SUBJECT.match(line) and len(line) <= 300) \
            or _READING_RANGE.match(line):
        return _Line(line, _FURN)
    if _URL_LINE.match(line):
        found = _URL_DATE.search(line)
        return _Line(line, _FURN, date=f"{found['y']}-{int(found['m']):02d}-{int(found['d']):02d}" if found else None)
    probe = _probe(line)
    words = len(_WORD.findall(probe))
    if _SLUG.match(probe) and _LETTER.search(probe):
        return _Line(line, _FURN)
    if words <= 12 and names_languages(probe):
        return _Line(line, _FURN)  # a language switch ("English", "Furlan | Italiano"): 91 such lines, all furniture
    if words <= 6 and _CLOCK.match(probe):
        return _Line(line, _TIME, clock=True)
    if words <= 12:
        match = _TIME_ALONE.match(probe)
        if match:
            return _Line(line, _TIME, rel=match.group("rel"))
    if _LABEL_CLOCK.match(probe):
        return _Line(line, _TIME, clock=True)
    if words <= 20:
        marker = _source_marker(probe)
        if marker:
            source, rel, date = marker
            if rel or date:
                return _Line(line, _BYL, source=source, rel=rel, date=date)
            return _Line(line, _FURN, marker=source)
    if words <= 45:
        # A republication note in a sentence of a longer closing line ("Translated from German. First published
        # in OUTLET."; "This article is part of EXCHANGE, ... Translated from the original in OUTLET and ...").
        for sentence in _SENTENCE_END.split(probe):
            if len(_WORD.findall(sentence)) <= 30 and _SOURCE_LEAD.match(sentence) \
                    and not _CREDIT_LABEL.match(sentence) \
                    and (marker := _source_marker(sentence)):
                return _Line(line, _FURN, marker=marker[0])
    if words <= 30:
        byline = _byline(probe)
        if byline:
            byline.text = line
            return byline
    if words <= 12:
        for pattern in (_SRC_SEP_TIME, _TIME_SEP_SRC, _SRC_TIME):
            match = pattern.match(probe)
            if match and match.group("src") and _is_name(match.group("src")):
                src = match.group("src").strip()
                if _is_furniture(src):
                    # A counter beside a time ("5 hours ago · 2 Comments") is no outlet; a player's length beside its
                    # button ("Listen · 4 min") and a button ("Donate today") are no time either.
                    rel = match.group("rel")
                    return _Line(line, _TIME, rel=rel) if re.fullmatch(_REL_LONG, rel, re.IGNORECASE) \
                        else _Line(line, _FURN)
                if _BYLINE.match(src) or _BYLINE_LEAD.match(src) or _NEWSROOM.match(src):
                    return _Line(line, _BYL, rel=match.group("rel"))  # "2 hours ago · By NAME": an author, no outlet
                if pattern is _SRC_TIME and " " not in src and probe[match.end("src"):match.start("rel")].isspace():
                    # One word before a relative time is a label in any language ("Päivitetty 3 tuntia sitten",
                    # "Ažurirano prije 2 sata"); an outlet is glued on ("Al Jazeera4 days ago") or set apart ("· 3h").
                    return _Line(line, _TIME, rel=match.group("rel"))
                between = probe[match.end("rel"):match.start("src")] if pattern is _TIME_SEP_SRC \
                    else probe[match.end("src"):match.start("rel")]
                if between.strip() in (",", "|", "·", "•") \
                        and 2 <= len(src.split()) <= 3 and _is_person(src) and not _is_site_name(src):
                    # A person's name (two or three capitalised words, none an outlet's) set apart from a relative time
                    # by a comma, a bar or a dot, as bylines write it, is the author ("Martina Caduff, 2 hours ago",
                    # "Xuan Rodríguez · Hai 2 hores"); an outlet's name has an outlet's word ("Kelmarsh Herald · 1
                    # hour ago") or stands before a dash or glued on ("Al Jazeera4 days ago").
                    return _Line(line, _TIME, rel=match.group("rel"))
                return _Line(line, _TIME, source=src, rel=match.group("rel"))
        match = _LABEL_REL.match(probe) or _UNNAMED_BYLINE_TIME.match(probe)
        if match:
            return _Line(line, _TIME, rel=match.group("rel"))
        rel = _time_strip(probe)
        if rel:
            return _Line(line, _TIME, rel=rel)
    if words <= 12 and _date_span(probe):
        return _Line(line, _FURN)  # a life's or an event's span ("3 January 1932 – 14 July 2026") dates no story
    if words <= 24:  # (two labelled dates with their clocks in words: "I tāngia: DATE, 4:45 i te ahiahi · ...")
        found = _date_line(probe) or _date_strip(probe)
        if found:
            return _Line(line, _DATE, date=found[0], rel=found[1])
        labelled = _labelled_meta(probe)
        if labelled:
            return _Line(line, _DATE, date=labelled[0], rel=labelled[1], source=labelled[2])
    if words <= 2 and _DATE_LABEL_ALONE.match(probe):
        return _Line(line, _FURN)
    if words <= 12:
        match = _BULLET_NAME.match(probe)
        if match and _is_name(match.group("src")):
            return _Line(line, _BULLET, source=match.group("src"))
    if 2 <= words <= 4 and _is_role(probe):
        return _Line(line, _BYL, role=True)
    if words <= 20 and "|" in probe:
        folio = _folio(probe)
        if folio:
            return _Line(line, _FURN, source=folio[0], date=folio[1])
    if (words <= 40 and (_CREDIT.match(probe) or _TIP_BOX.match(probe) or _greeting(probe))) \
            or (words <= 12 and (_JUMP.match(probe) or _SPONSOR.match(probe) or _READ_ON.match(probe)
                                 or _END_MARK.match(probe) or _PAGER.match(probe))):
        return _Line(line, _FURN, ends=True)
    if words <= 40 and (_CAPTION_LABELLED.match(probe) or _EDITOR_NOTE.match(probe)):
        return _Line(line, _FURN, fixed=True)  # (a caption or note by its label, however long its sentence)
    if (words <= 40 and (_CAPTION_TAIL.search(probe) or _CAPTION_CREDIT.match(probe) or _CAPTION_TRAILER.search(probe)
                         or _gallery_caption(probe))) \
            or (words <= 20 and (_BREADCRUMB.match(probe) or _address(probe))):
        return _Line(line, _FURN)
    if words <= 15 and _is_furniture(probe) or words <= 60 and _CLAIM_BOX.match(probe):
        return _Line(line, _FURN)
    if words <= 40 and (_DISTRIBUTION.search(probe) or _APPEAL.search(probe)):
        return _Line(line, _FURN, fixed=True)
    # A stage note or time code in brackets ("(COMMERCIAL BREAK)", "[6:00:12 PM]"), a licence or copyright line.
    copyright = words <= 25 and ("©" in probe or bool(_COPYRIGHT_LEAD.match(probe)))
    if copyright or (words <= 8 and _STAGE_NOTE.fullmatch(probe)):
        return _Line(line, _FURN, fixed=copyright)
    if words <= 30 and _EDIT_NOTE.match(probe):
        return _Line(line, _FURN)
    if words <= 40 and _DISCLAIMER.match(probe):
        return _Line(line, _FURN, fixed=True)
    parts = [p.strip() for p in _STRIP_SPLIT.split(probe) if p.strip()]
    if words <= 16 and len(parts) >= 2 and all(_STAT_PART.match(p) or _STAT_CLOCK.match(p) for p in parts) \
            and any(_STAT_PART.match(p) for p in parts):
        return _Line(line, _FURN)  # a member's or a post's counters ("Member since 2011 | Letters: 12")
    cells = _CELL_SPLIT.split(probe)
    if words <= 30 and len(cells) >= 3 and all(_DIGIT.search(c) and len(_WORD.findall(c)) <= 8 for c in cells):
        return _Line(line, _FURN)  # a data strip ("Station conditions at 08:00: −7 °C · Wind E 18 knots · ...")
    tokens = probe.split()
    if len(tokens) >= 6 and sum(1 for t in tokens if _DIGIT.search(t)) * 2 >= len(tokens):
        return _Line(line, _FURN)  # a row of figures: a ticker strip, a table or score row
    if words <= 30 and _PAYWALL.search(probe):
        return _Line(line, _FURN, ends=True, fixed=True)
    if words <= 30 and (_NEWSLETTER_PROMO.search(probe) or _CHANNEL_PROMPT.match(probe)):
        return _Line(line, _FURN, fixed=True)
    if words <= 60 and _CONSENT.search(probe) and (not _NUMBER.search(probe) or _CONSENT_WALL.match(probe)):
        return _Line(line, _FURN)
    if words <= 40 and _LICENCE.search(probe):
        return _Line(line, _FURN, ends=True, fixed=True)
    match = _DATE_PREFIX.match(probe) if first else None
    if match:
        rest = probe[match.end():].strip()
        return _Line(rest, _kind_of(rest), date=_iso(match))
    kind = _kind_of(probe)
    match = (_DATELINE_DATE.match(probe) or _DATELINE_BRACKET_DATE.match(probe)) if kind == _PARA else None
    return _Line(line, kind, date=_iso(match) if match else None)


def _gallery_caption(probe: str) -> bool:
    """A gallery's numbered caption ("2 / 6 Volunteers plant reeds"): picture n of m, then a capitalised word."""
    match = _GALLERY_CAPTION.match(probe)
    return bool(match) and 1 <= int(match.group("n")) <= int(match.group("m")) <= 60 and _capital(match.group("first"))


def _greeting(probe: str) -> bool:
    """A greeting opening an e-mail: "Good morning." or "Hi Anna," (a name only before a comma or "!")."""
    match = _GREETING.match(probe)
    return bool(match) and (match.group(0)[-1] != "." or len(match.group(0).split()) <= 2)


def _address(probe: str) -> bool:
    """A postal address line: three or more comma- or dot-separated parts, one a street with its number."""
    parts = [p.strip() for p in _ADDRESS_SPLIT.split(probe)]
    return len(parts) >= 3 and not _SENT_END.search(probe) and any(_ADDRESS_PART.match(p) for p in parts)


def _kind_of(line: str) -> str:
    words = max(len(_WORD.findall(line)), len(_UNSPACED.findall(line)) // 2, len(_SPACED_PHRASES.findall(line)) // 4)
    # A name ending in a company form ("... Kirchdorf 1921 e.V.", "... Holdings Inc.") ends no sentence.
    ends = _SENT_END.search(line) and line.split()[-1].lower() not in _COMPANY_FORMS
    if words > 25 or (words >= 4 and ends) or (words >= 12 and not looks_like_title(line)):
        return _PARA
    return _SHORT


_FURNITURE_TRIM = " \t-–—•·*|>:.…!?\"'“”‘’()[]#_‹›«»←→↗↘↑↓"


def _is_furniture(line: str) -> bool:
    probe = line.strip(_FURNITURE_TRIM)
    if not probe:
        return True  # a line of bullets, rules or punctuation only
    return bool(_FURNITURE.search(probe))


def _is_name(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 40 or len(text.split()) > 5:
        return False
    if not _capital(text[0]):
        return False
    return not _NAME_BREAK.search(text)


def _is_role(text: str) -> bool:
    """An author's role on its own line: "Health reporter", "STAFF WRITER", "Herald Business Editor"."""
    words = text.split()
    others = [w for w in words if not _ROLE.fullmatch(w)]
    return len(others) < len(words) and len(others) <= 3 and all(_capital(w[0]) for w in others) \
        and not _ROLE_BREAK.search(text)


def _is_person(text: str, max_words: int = 8) -> bool:
    """Whether a text reads as one or more people's names ("Lena Markovic and Tomas Ferreira")."""
    words = text.split()
    if not 1 <= len(words) <= max_words or _SENT_END.search(text) or _PERSON_BREAK.search(text):
        return False
    names = [w for w in words if w.lower() not in _NAME_LINKS]
    return bool(names) and words[0] not in _NAME_LINKS and all(_capital(w[0]) and _LETTER.match(w) for w in names)


# A document's number: "PRESS RELEASE No. 12/2026", "AVIS AUX NAVIGATEURS N° 07/2026", "Bulletin № 5".
_DOC_NUMBER = re.compile(r"(?:\b(?:no|nr)\.?|\bn[°º]|№)\s*\d|\d/(?:\d{2}|\d{4})\b", re.IGNORECASE)


def _is_site_name(text: str) -> bool:
    """A short name line with a word that names an outlet ("Tidewater Post", "The Daily Compass", "NewsNest"); a
    numbered document's heading ("PRESS RELEASE No. 12/2026") names none."""
    words = [w for w in _NAME_SPLIT.split(text) if w]
    if not 1 <= len(words) <= 6 or _SENT_END.search(text) or not _is_name_words(words) or _DOC_NUMBER.search(text):
        return False
    return any(OUTLET_WORD.search(w.strip(".'’")) for w in words)


# Company forms that follow a company's name in lower case ("Northwind Rail plc", "Tidewater Media Ltd.").
_COMPANY_FORMS = {"plc", "ltd", "ltd.", "inc", "inc.", "llc", "gmbh", "ag", "sa", "s.a.", "spa", "s.p.a.", "s.r.o.", "oy",
                  "ab", "as", "a/s", "bv", "nv", "co", "co.", "e.v.", "ev", "e.v", "r.s.", "d.o.o.", "kft.", "zrt."}


def _is_name_words(words: list[str]) -> bool:
    # Short lower-case words between capitalised ones link a name in any language ("of", "de", "της", "и").
    names = [w for n, w in enumerate(words) if w.lower() not in _NAME_LINKS | {"of", "the", "for"} | _COMPANY_FORMS
             and not (0 < n < len(words) - 1 and len(w) <= 3 and w.islower())]
    return bool(names) and all(_capital(w[0]) for w in names)


_NAME_IN_PLACE = re.compile(r"^(?P<name>.+?)\s+(?:in|from|en|aus|em|à)\s+(?P<place>\S.*)$")


def _alone_rel(text: str) -> tuple[None, str] | None:
    """(None, relative time) of a text that is only a relative time, with its label ("Posted yesterday at 4 pm")."""
    match = _TIME_ALONE.match(text)
    return (None, match.group("rel")) if match else None


def _byline(probe: str) -> _Line | None:
    """A byline ("By NAME · OUTLET · 3 hours ago", "Von NAME | OUTLET", "Words by NAME") or None."""
    if _STAFF_BYLINE.match(probe):
        return _Line(probe, _BYL)
    dated = _DATE_THEN_BYLINE.match(probe)
    if dated and (found := _date_line(dated.group("date")) or _alone_rel(dated.group("date"))) \
            and (byline := _byline(dated.group("byline"))):
        return _Line(probe, _BYL, source=byline.source, rel=byline.rel or found[1], date=found[0])
    desk = _DESK_BYLINE.match(probe)
    if desk:
        # "OUTLET news" and "OUTLET correspondent, PLACE" name the outlet; "PLACE correspondent" and "special
        # correspondent" do not.
        outlet = desk.group("news") or (desk.group("place") and not _DESK_SPECIAL.fullmatch(desk.group("src")))
        return _Line(probe, _BYL, source=desk.group("src") if outlet else None)
    posted = _POSTED_ON.match(probe)
    if posted and (_is_person(posted.group("name"), max_words=4) or _THE_DESK.fullmatch(posted.group("name"))) \
            and (found := _date_line(posted.group("date"))):
        return _Line(probe, _BYL, date=found[0], rel=found[1])
    match = _BYLINE_LEAD.match(probe) or _CREDIT_LEAD.match(probe)
    if not match:
        # An author under a label in any language ("Muhabir: NAME", "Tekijä: NAME"): one label word, then
        # only a person's name (a photo credit is a caption, not a byline).
        credits = [p.strip() for p in _BYLINE_SPLIT.split(probe) if p.strip()]
        if len(credits) == 2 and not _CAPTION_CREDIT.match(credits[0]) and _SECOND_CREDIT.match(credits[1]) and all(
                (pair := _LABEL_NAME.match(c)) and _is_person(pair.group("name").strip(), max_words=4) for c in credits):
            return _Line(probe, _BYL)  # the text's and the photos' credits ("Szöveg: NAME · Fotó: NAME")
        label = _LABEL_NAME.match(probe)
        name, _, role = (label.group("name") if label else "").partition(",")
        if label and not (_CAPTION_CREDIT.match(probe) or _FURNITURE.match(probe)) \
                and _is_person(name.strip(), max_words=4) \
                and (len(name.split()) >= 2 or 2 <= len(_UNSPACED.findall(name)) == len(name.strip()) <= 6) \
                and (not role or _ROLE.search(role) or _outlet_role(role.strip())):
            # ("Words: NAME, OUTLET": the outlet the author writes for)
            outlet = role.strip() if role and not _ROLE.search(role) else None
            return _Line(probe, _BYL, source=outlet)
        return None
    rest = probe[match.end():]
    on = _BYLINE_ON.match(rest)
    if on and _date_line(on.group("date")):
        rest = f"{on.group('name')} | {on.group('date')}"
    parts = []
    for part in (p.strip() for p in _BYLINE_SPLIT.split(rest) if p.strip()):
        # A date keeps its comma ("November 4, 2025"); other parts split at commas ("NAME, OUTLET").
        if _date_line(part) or _TIME_ALONE.match(part):
            parts.append(part)
        else:
            parts += [p.strip() for p in _COMMA_SPLIT.split(part) if p.strip()]
    if parts and (placed := _NAME_IN_PLACE.match(parts[0])) and _is_person(placed["name"]) \
            and _capital(placed["place"][0]) and len(placed["place"].split()) <= 3:
        parts[0] = placed["name"]  # "By NAME in PLACE | DATE": the reporter filed from a place
    if not parts or not _is_person(parts[0]):
        return None
    source = rel = date = None
    after_role = False
    for part in parts[1:]:
        found_rel = _TIME_ALONE.match(part)
        found_date = None if found_rel else _date_line(part)
        if found_rel:
            rel = rel or found_rel.group("rel")
        elif found_date:
            date, rel = date or found_date[0], rel or found_date[1]
        elif _ROLE.search(part) or _MIN_READ.fullmatch(part) \
                or _READING_TIME.fullmatch(part) or (_OWN_TITLE.search(part) and not _is_site_name(part)):
            after_role = after_role or bool(_ROLE.search(part) or _OWN_TITLE.search(part))
            continue
        elif after_role and source is None and _is_name(part) and len(part.split()) <= 2:
            continue  # where the author works, after their role ("NAME, Programme Officer, Freetown")
        elif _WRITES_FROM.fullmatch(part) or _CAPTION_CREDIT.match(part):
            continue  # where the author writes from ("Por NAME, de Petrolina"), who took the photos ("Photos: NAME")
        elif source is None and _is_name(part) and not _LEADING_DIGIT.match(part):
            # Only a name shaped like an outlet's is the outlet ("NAME, The Harwick Mercury", "NAME, NCN"); a place,
            # a title or a department is not ("NAME, Perth", "NAME, Chief Executive", "NAME, Public Works"): of the
            # corpus' bylines "NAME, X", 13 named the outlet and 4 did not, and this tells them apart.
            source = part if _outlet_shaped(part) else None
        else:
            return None
    return _Line(probe, _BYL, source=source, rel=rel, date=date)


def _outlet_role(text: str) -> bool:
    """An outlet's name after an author's ("Words: NAME, The Aran Tidewater"), not a role or a place."""
    return (_is_site_name(text) or text.startswith("The ")) and _is_name(text)


def _outlet_shaped(name: str) -> bool:
    """An outlet's word ("Northline News"), a leading "The", an acronym ("NCN"), or a script without capitals."""
    return _is_site_name(name) or name.startswith("The ") or bool(_ACRONYM.fullmatch(name)) \
        or not _LATIN_LETTER.search(name)


_ACRONYM = re.compile(r"[A-Z0-9&]{2,6}")
_INITIALS = re.compile(r"[A-Z]{2,5}")
_ACRONYM_LINKS = _NAME_LINKS | {"of", "for", "the", "on"}
_WORD_EDGES = "\"'“”‘’«»()[]{}.,;:!?©"
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def _source_marker(probe: str) -> tuple[str, str | None, str | None] | None:
    """(outlet, relative time, ISO date) of an outlet marker line ("via OUTLET · 4h ago · 2 min read"), or None."""
    probe = _LINK_ARROW.sub("", probe)
    cjk = _CJK_SOURCE.match(probe) or _CJK_REPRINT.match(probe) or _CJK_CREDIT.match(probe)
    if cjk:
        rel = date = None
        for part in _CJK_PARTS.split(cjk.groupdict().get("rest") or ""):
            found_rel = _TIME_ALONE.match(part.strip())
            found_date = None if found_rel else _date_line(part.strip())
            rel = rel or (found_rel.group("rel") if found_rel else found_date[1] if found_date else None)
            date = date or (found_date[0] if found_date else None)
        return (cjk.group("src"), rel, date) if not _BUREAU.search(cjk.group("src")) else None
    reports = _REPORTS_LINE.match(probe)
    if reports:  # a digest's "OUTLET reports, this morning:" over the quoted story
        source, when = reports.group("src"), reports.group("when")
        found = when and (_TIME_ALONE.match(when) or _date_line(when))
        if not (_is_site_name(source) or source.startswith("The ")) or (when and not found and len(when.split()) > 3):
            return None
        if isinstance(found, re.Match):
            return source, found.group("rel"), None
        return source, found[1] if found else None, found[0] if found else None
    match = _SOURCE_LEAD.match(probe) or _SOURCE_CAPS.match(probe) or _READ_ON_LEAD.match(probe) \
        or _FROM_LEAD.match(probe)
    if not match:
        # the source label after the date ("12.11.2026. u 10:15 | Izvor: OUTLET")
        parts = [p.strip() for p in _BYLINE_SPLIT.split(probe) if p.strip()]
        if len(parts) >= 2 and _CREDIT_LABEL.match(parts[-1]) and ":" in parts[-1] \
                and all(_date_line(p) or _TIME_ALONE.match(p) for p in parts[:-1]):
            return _source_marker(" · ".join(parts[-1:] + parts[:-1]))
        return None
    parts = [p.strip() for p in _BYLINE_SPLIT.split(probe[match.end():]) if p.strip()]
    if not parts or (match.re is _FROM_LEAD and len(parts) < 2):
        return None
    on = _BYLINE_ON.match(_MARKER_TAIL.sub("", parts[0]).rstrip("."))
    if on and (_date_line(on.group("date")) or _yearless(on.group("date"), _ANY_YEAR)):
        parts[:1] = [on.group("name"), on.group("date")]
    elif len(parts) == 1 and ", " in parts[0]:
        name, _, when = parts[0].rstrip(".").partition(", ")  # "OUTLET, Friday 9 May 2025."
        if _date_line(when):
            parts = [name, when]
        elif _DOMAIN.match(when.split("/")[0]) or _URL_LINE.match(when) \
                or (_is_site_name(name) and _PLACE_WORDS.fullmatch(when)):
            parts = [name]  # "OUTLET, outlet.gy/news/story-slug", "OUTLET, Liestal"
    # "... first appeared in OUTLET and is reprinted with permission."; "Reprinted from the OUTLET".
    source = re.sub(r"^(?:the|der|die|das|dem)\s+", "", _MARKER_TAIL.sub("", parts[0]).rstrip("."))
    # Agencies may write their name in lower case ("Quelle: dpa").
    if not (_is_name(source) or _is_site_name(source) or _AGENCY_LOWER.fullmatch(source)) \
            or _REL_ANY.fullmatch(source) or names_languages(source):
        return None
    if match.group().rstrip(": ").lower().endswith(" in") and " " not in source and not _is_site_name(source):
        return None  # "This article was first published in Dhivehi.": a language, not an outlet
    if _TRANSLATED_FROM.match(source) or (match.re is _READ_ON_LEAD and not _outlet_role(source)):
        return None  # "READ MORE ON FLOODING": a topic's link, not an outlet's
    rel = date = None
    day_month = False
    for part in parts[1:]:
        found_rel = _TIME_ALONE.match(part)
        found_date = None if found_rel else _date_line(part)
        if found_rel:
            rel = rel or found_rel.group("rel")
        elif found_date:
            date, rel = date or found_date[0], rel or found_date[1]
        elif re.fullmatch(_REL_SHORT, part):
            rel = rel or part
        elif _yearless(part, _ANY_YEAR):
            day_month = True  # "Sept. 14": dated later, in the year of the page's other dates
        elif not (_READING_TIME.fullmatch(part) or _PRINT_EDITION.fullmatch(part) or _PAGE_LINE.match(part)):
            return None
    if match.re is _FROM_LEAD and not (rel or date or day_month):
        return None  # "From OUTLET" needs its time beside it ("From OUTLET · Sept. 14"): "From the archive"
    return source, rel, date


def _folio(probe: str) -> tuple[str | None, str | None] | None:
    """(paper name, ISO date) of a printed page's running head or foot ("A3 | THE COURIER | MONDAY, MAY 4, 2025")."""
    parts = [p.strip() for p in probe.split("|") if p.strip()]
    name = date = None
    marks = 0
    for part in parts:
        found = _date_line(part)
        if found and found[0]:
            date, marks = date or found[0], marks + 1
        elif _PAGE_NO.match(part) or _PAGE_LINE.match(part):
            marks += 1
        elif name is None and _is_site_name(part):
            name = _outlet_case(part)
        else:
            return None
    return (name, date) if len(parts) >= 2 and marks else None


def _outlet_case(name: str) -> str:
    """An all-capitals outlet name in title case, short words (acronyms) kept: "THE VALLEY COURIER"."""
    if not name.isupper() or len(name.split()) < 2:
        return name
    return " ".join(w.capitalize() if len(w) >= 4 or w in {"THE", "OF", "AND"} else w for w in name.split())


_LEAD_WORD = re.compile(rf"{_LETTERS}{{2,15}}(?:[- ]{_LETTERS}{{2,15}})?")


def _date_line(probe: str) -> tuple[str | None, str | None] | None:
    """(ISO date, relative time) when a short line holds a date and nothing but date furniture."""
    match = _DATE_ANY.search(probe)
    if not match:
        return None
    iso = _iso(match)
    if iso is None:
        return None
    before, after = probe[:match.start()], probe[match.end():]
    if _UPDATED.search(before) and _second_date(after):
        # "Updated March 14 2026 - 6:00am, first published March 13 2026": the story's date is the second
        second = _DATE_ANY.search(after)
        iso = _iso(second) or iso
    rel = None
    for part in ("before", "after"):
        text = before if part == "before" else after
        rel_match = None if rel else _REL_ANY.search(text)
        if rel_match:
            rel = rel_match.group(0)
            text = text[:rel_match.start()] + " " + text[rel_match.end():]
        text = _DATE_NOISE.sub(" ", text)
        if part == "before":
            before = text
        else:
            after = text
    after = _TRAILING_POSTER.sub("", after)  # "Publié le 1er juin 2026 par le conseil d'établissement"
    if _WORD.findall(after) and not _second_date(probe[match.end():]):
        return None
    # One label or weekday word of any language may lead ("Julkaistu 12.11.2025 18:20", "Jumat, 14 November 2025").
    if _WORD.findall(before) and not _LEAD_WORD.fullmatch(before.strip(" ,،:;|·•–—-")):
        return None
    return iso, rel


def _labelled_meta(probe: str) -> tuple[str | None, str | None, str | None] | None:
    """(ISO date, relative time, outlet) of a meta strip of a date among "label: value" pairs ("2025-11-18 10:42
    来源: 海港日报 作者: 李明"); the outlet is the value of a source label."""
    pairs = list(_LABEL_PAIR.finditer(probe))
    if not pairs:
        return None
    rest = _LABEL_PAIR.sub(" ", probe).strip()
    found = _date_line(rest) if rest else None
    if not found or not found[0]:
        return None
    source = next((p.group("value") for p in pairs if _SOURCE_LABEL.match(p.group("label"))), None)
    return found[0], found[1], source


def _date_span(probe: str) -> bool:
    """Whether a line is two full dates joined by a dash and nothing else: a span ("3 January 1932 – 14 July 2026"),
    not one day in two calendars ("۱۲ آبان ۱۴۰۵ - ۳ نوامبر ۲۰۲۶")."""
    first = _DATE_ANY.search(probe)
    second = _DATE_ANY.search(probe, first.end()) if first else None
    if not second or _iso(first) is None or _iso(second) is None or _iso(first) == _iso(second):
        return False
    return not probe[:first.start()].strip(" *†✝(") and probe[first.end():second.start()].strip() in ("-", "–", "—") \
        and not probe[second.end():].strip(" )")


# An update label just before a date ("Updated March 14 2026 - 6:00am, first published March 13 2026").
_UPDATED = re.compile(r"\b(?:updated|last updated|modified|edited|aktualisiert|actualizado|actualizada|mis à jour|"
                      r"mise à jour|aggiornato|atualizado|atualizada|oppdatert|uppdaterad|opdateret|bijgewerkt|"
                      r"zaktualizowano|aktualizováno|päivitetty|güncellendi|ažurirano|обновлено|оновлено)\s*:?\s*$",
                      re.IGNORECASE)


def _second_date(after: str) -> bool:
    """Whether the text after a line's first date is only a second, labelled date ("입력 2025.11.18 10:42 수정
    2025.11.18 11:05", "Published 3 May 2025 Updated 4 May 2025"): the first date is the story's."""
    match = _DATE_ANY.search(after)
    if not match or _iso(match) is None:
        return False
    lead = _DATE_NOISE.sub(" ", after[:match.start()]).strip(" ,:;|·•–—-")
    rest = _DATE_NOISE.sub(" ", after[match.end():])
    return not _WORD.findall(rest) and (not lead or bool(_LEAD_WORD.fullmatch(lead)))


def _time_strip(probe: str) -> str | None:
    """The relative time of a meta strip: a relative time with a clock time and/or a place, set apart by commas,
    dots or bars ("vandaag, 08:12 · Veldhoven", "Yesterday · 21:40")."""
    parts = [p.strip() for p in _STRIP_SPLIT.split(probe) if p.strip()]
    if len(parts) < 2 or _DATE_ANY.search(probe):
        return None
    rels = [m.group("rel") for m in map(_TIME_ALONE.match, parts) if m]
    others = [p for p in parts if not _TIME_ALONE.match(p)]
    if len(rels) == len(parts) == 2 and all(_TIME_ALONE.match(p).start("rel") > 0 for p in parts):
        return rels[0]  # published and updated, each labelled ("Objavljeno: prije 5 sati · Ažurirano: prije 2 sata")
    if len(rels) != 1 or not all(_CLOCK.match(p) or (_is_name(p) and len(p.split()) <= 3) for p in others):
        return _dotted_time(probe)
    if not _TIME_ALONE.match(parts[0]) and not all(_CLOCK.match(p) for p in others):
        return _dotted_time(probe)  # "NAME, PLACE, 2 hours ago" signs a reader's comment
    return rels[0]


def _dotted_time(probe: str) -> str | None:
    """The relative time of a strip set apart by dots or bars whose other parts are short or credits ("Filed from
    Nzara · 5 hours ago", "Posted 2 days ago · Story and photos: Community Relations team")."""
    parts = [p.strip() for p in _DOT_SPLIT.split(probe) if p.strip()]
    rels = [m.group("rel") for m in map(_labelled_time, parts) if m]
    others = [p for p in parts if not _labelled_time(p)]
    if len(parts) < 2 or len(rels) != 1 or _SENT_END.search(probe) or not all(map(_strip_part, others)):
        return None
    return rels[0]


def _labelled_time(part: str) -> re.Match | None:
    """A relative time alone, or after one label word of any language ("Aired yesterday at 5 pm")."""
    label = _LEAD_LABEL.match(part)
    return _TIME_ALONE.match(part) or (_TIME_ALONE.match(part[label.end():]) if label else None)


_LEAD_LABEL = re.compile(r"[^\W\d_]{3,20}\s+")


def _strip_part(part: str) -> bool:
    """A part of a meta strip beside its date or time: a few words, a name and title, or a credit ("Words: NAME")."""
    # (words as spaces part them: "Pastor's" is one word; a sign alone, "€" or "=", none)
    return sum(bool(_ALNUM.search(w)) for w in part.split()) <= 4 or _name_and_title(part) \
        or bool(_CREDIT_PART.match(part))


# A credit in a meta strip: a label of up to three words and a colon, then a name ("Story and photos: NAME, ROLE").
_CREDIT_PART = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2}:\s*(?-i:[A-Z])[^:]{0,60}$")


def _date_strip(probe: str) -> tuple[str | None, str | None] | None:
    """(ISO date, None) of a meta strip: short parts set apart by dots or bars, one of them a date line
    ("Autumn 2025 issue · 14 November 2025", "Nov 12, 2025 · Episode 4 · 38 min")."""
    parts = [p.strip() for p in _DOT_SPLIT.split(probe) if p.strip()]
    # (a clock's "p.m." at its end ends no sentence: "By NAME · May 15, 2026 | 7:45 p.m.")
    if len(parts) < 2 or (_SENT_END.search(probe) and not probe.lower().endswith(("a.m.", "p.m."))) \
            or ("|" in probe and _folio(probe)):
        return None  # a printed page's running head is read as such
    dates = [found for found in map(_date_line, parts) if found]
    if len(dates) != 1 or not all(_strip_part(p) for p in parts if not _date_line(p)):
        return None
    return dates[0]


def _name_and_title(part: str) -> bool:
    """A person's name and their title, in title case ("Imani Liburd, Curator of Native Plants")."""
    name, comma, title = part.partition(",")
    words = title.split()
    return bool(comma) and 2 <= len(name.split()) <= 3 and _is_person(name.strip()) and 1 <= len(words) <= 6 \
        and _is_name_words(words) and not _is_site_name(title.strip())


def _iso(match: re.Match) -> str | None:
    """The ISO day of a date matched by a pattern embedding the shared date grammar (or a bare ISO prefix)."""
    if match.groupdict().get("iso2"):
        year, month, day = (int(x) for x in match.group("iso2").split("-"))
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None
    day_of = date_of(match)
    return day_of.isoformat() if day_of else None


def _mark_authors(lines: list[_Line]) -> None:
    """A bare name directly above an author's role line ("Priya Natarajan" / "Health reporter") is a byline.

    A role line directly under a byline ("Chief football writer, at the Stadium") is part of it.
    """
    for above, line in zip(lines, lines[1:]):
        if above.kind == _BYL and not above.role and line.kind == _SHORT and len(_WORD.findall(line.text)) <= 12 \
                and _ROLE.search(_ROLE_SPLIT.split(line.text)[0]):
            line.kind, line.role = _BYL, True
    for above, line in zip(lines, lines[1:]):
        # A one-word role under a name ("Ingrid Haugland" / "Journalist").
        if line.kind == _SHORT and above.kind == _SHORT and _ROLE.fullmatch(_probe(line.text)) \
                and _is_person(_probe(above.text), max_words=4) and len(above.text.split()) >= 2:
            line.kind, line.role = _BYL, True
    for i in range(1, len(lines)):
        if lines[i].kind == _BYL and lines[i].role and lines[i - 1].kind == _SHORT \
                and _is_person(_probe(lines[i - 1].text), max_words=4):
            lines[i - 1].kind = _BYL


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _repeated_lines(parsed: list[list[_Line]]) -> set[str]:
    """Short lines that occur on more than one page (site furniture), by normalised key."""
    if len(parsed) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines in parsed:
        counts.update({_key(l.text) for l in lines if l.kind in (_SHORT, _FURN) and _key(l.text)})
    return {key for key, n in counts.items() if n >= 2}


# ---------------------------------------------------------------- page-level furniture


def _mark_page_furniture(lines: list[_Line]) -> str | None:
    """Mark furniture that shows only in context; return the site's name when the page starts with one."""
    nonblank = [i for i, l in enumerate(lines) if l.kind != _BLANK]
    _mark_running_heads(lines)
    issuer = _mark_boxes(lines)
    _mark_comments(lines)
    _mark_contact_notes(lines)
    _mark_ad_copy(lines)
    _mark_embedded_posts(lines)
    _mark_promos(lines)
    site = _site_name(lines, nonblank) or issuer
    _mark_menus(lines)
    _mark_captions(lines)
    _mark_rails(lines)
    _mark_author_notes(lines)  # again: the lines below a note may have turned out furniture (a comments notice)
    _mark_fact_boxes(lines)
    # Section labels and kickers in capitals ("LOCAL", "IN BRIEF"), unless an outlet or headline
    # right above a meta line.
    for i in nonblank:
        line = lines[i]
        probe = _probe(line.text)
        after = _next_nonblank(lines, i)
        if line.kind == _SHORT and probe.isupper() and len(_WORD.findall(probe)) <= 3 \
                and (after is None or lines[after].kind not in _META + (_BULLET,)):
            line.kind = _FURN
    return site


# The words of a note on how to reach the newsroom (English, German, Spanish, French, Italian, Dutch,
# Portuguese, Polish, Turkish, Swedish, Norwegian and Danish).
_CONTACT_NOTE = re.compile(r"\b(?:contact|write to|writing to|e-?mail|get in touch|reach|kontakt\w*|contact[aeo]\w*|"
                           r"contatt\w*|escr[ií]b\w*|écri\w*|scriv\w*|neem contact|schrijf|skriv\w*|napisz\w*|"
                           r"iletişim\w*|ulaş\w*|yazın)\b", re.IGNORECASE)


# A comment's signature: "NAME says:", "NAME schreibt:", "NAME a écrit :".
_SAYS = re.compile(r"^\S.{1,40}?\s(?:says|said|wrote|writes|replied|schreibt|schrieb|sagt|dice|escribió|escribe|a écrit|écrit|"
                   r"ha scritto|scrive|schreef|zegt|napisał|napisała|pisze|yazdı|kirjoitti|skrev|skriver)\s*:$",
                   re.IGNORECASE)


def _mark_fact_boxes(lines: list[_Line]) -> None:
    """Two or more "Label: value" lines in a row (a film's credits, an event's facts), no sentence among them, are a
    box of furniture; meta lines among them (an author, a date) keep their part."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].kind in (_SHORT, _BYL, _FURN) + _META \
                and _FACT_LINE.match(_probe(lines[j].text)) and len(_WORD.findall(lines[j].text)) <= 12 \
                and not _SENT_END.search(lines[j].text):  # a speaker's turn ("HOST: Welcome back.") is text
            j += 1
        plain = [k for k in range(i, j) if lines[k].kind == _SHORT
                 or (lines[k].kind == _BYL and not (lines[k].source or lines[k].rel or lines[k].date))]
        if len(plain) >= 2 and any(lines[k].kind == _SHORT for k in plain):
            for k in plain:
                lines[k].kind = _FURN
        i = max(j, i + 1)


def _mark_author_notes(lines: list[_Line]) -> None:
    """A one-sentence note on who wrote the story, as the last paragraph of its text ("Priya Raman is the
    Standard's transport correspondent."), is furniture."""
    for i, line in enumerate(lines):
        if line.kind != _PARA or len(_WORD.findall(line.text)) > 25 or not _SENT_END.search(line.text):
            continue
        bio = _BIO.match(_probe(line.text))
        if not bio or not _is_person(bio.group("name"), max_words=4) or len(bio.group("name").split()) < 2 \
                or not (bio.group("beat") or _ROLE.search(bio.group("rest"))):
            continue
        first = _FIRST_SENTENCE.match(line.text)
        rest = line.text[first.end(1):] if first else ""
        if first and first.end(1) < len(line.text.rstrip()) - 2 and not _BIO_CONTACT.match(rest) \
                and (len(_WORD.findall(rest)) > 12 or _QUOTE_MARK.search(rest)):
            continue  # more than a note and a short line on the author: the story's text
        above, below = _prev_nonblank(lines, i), _next_nonblank(lines, i)
        if above is not None and lines[above].kind == _PARA and (below is None or lines[below].kind != _PARA):
            line.kind, line.note = _FURN, True


def _mark_comments(lines: list[_Line]) -> None:
    """Readers' comments: a block (up to a blank line) with two or more signature lines, each a name and
    maybe a place before a relative time ("Kernow_Lad, Truro, 2 hours ago"); from the first signature on,
    the block is furniture."""
    for k, line in enumerate(lines):
        # "NAME says:" over its date line: the date stamps the comment, it heads no story.
        if line.kind == _SHORT and _SAYS.match(_probe(line.text)) and (t := _next_nonblank(lines, k)) is not None \
                and lines[t].kind in (_DATE, _TIME):
            lines[t].kind = _FURN
    i = 0
    while i < len(lines):
        if lines[i].kind == _BLANK:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind != _BLANK and lines[j].kind not in _META:
            j += 1
        signatures = [k for k in range(i, j) if lines[k].kind == _SHORT and len(_WORD.findall(lines[k].text)) <= 10
                      and ((_REL_END.search(lines[k].text) and _SIGNATURE_SEP.search(lines[k].text))
                           or _SAYS.match(_probe(lines[k].text)))]
        if len(signatures) >= 2:
            for k in range(signatures[0], j):
                lines[k].kind = _FURN
        i = max(j, i + 1)


def _mark_contact_notes(lines: list[_Line]) -> None:
    """A short note on how to reach the newsroom right above an e-mail address or postal address line
    ("Readers can contact the readers' editor by email or by writing to the address below.") is furniture."""
    for i, line in enumerate(lines):
        if line.kind not in (_PARA, _SHORT) or len(_WORD.findall(line.text)) > 35 \
                or not _CONTACT_NOTE.search(line.text):
            continue
        after = _next_nonblank(lines, i)
        if after is not None and lines[after].kind == _FURN \
                and (_EMAIL_LINE.match(lines[after].text) or _address(_probe(lines[after].text))):
            line.kind = _FURN


def _mark_ad_copy(lines: list[_Line]) -> None:
    """An advert's copy right under its label ("Advertisement" / "Kasama Agro Dealers – Seed and fertiliser. Call
    0977 555 014."): a business's name, maybe with its place, a dash and a short text, under no headline's meta line,
    is furniture. (A label over an image alone is followed by the story's next paragraph: that stays.)"""
    nonblank = [i for i, l in enumerate(lines) if l.kind != _BLANK]
    for pos in range(len(nonblank) - 1):
        label, line = lines[nonblank[pos]], lines[nonblank[pos + 1]]
        if label.kind != _FURN or not _AD_LABEL.search(label.text.strip(_FURNITURE_TRIM)) \
                or line.kind not in (_SHORT, _PARA) or len(_WORD.findall(line.text)) > 30:
            continue
        copy = _AD_COPY.match(_probe(line.text))
        below = lines[nonblank[pos + 2]] if pos + 2 < len(nonblank) else None
        if copy and _is_name(copy.group("name").split(",")[0]) and not (below is not None and below.kind in _META):
            line.kind, line.fixed = _FURN, True


def _mark_embedded_posts(lines: list[_Line]) -> None:
    """A social post pasted into a story: its author's line ending in a handle ("Ajuntament de Xeraco @AjXeraco") and
    the post's text under it are furniture."""
    nonblank = [i for i, l in enumerate(lines) if l.kind != _BLANK]
    for pos in range(len(nonblank) - 1):
        author, post = lines[nonblank[pos]], lines[nonblank[pos + 1]]
        match = _POST_AUTHOR.match(_probe(author.text))
        words = match.group("name").split() if match else []
        if 1 <= len(words) <= 8 and _is_name_words(words) and post.kind in (_SHORT, _PARA) \
                and len(_WORD.findall(post.text)) <= 60:
            author.kind = _FURN
            post.kind, post.fixed = _FURN, True


def _mark_promos(lines: list[_Line]) -> None:
    """Promotional paragraphs next to furniture, then short paragraphs wedged between furniture
    (a newsletter blurb, a consent text)."""
    nonblank = [i for i, l in enumerate(lines) if l.kind != _BLANK]
    for pos, i in enumerate(nonblank):
        line = lines[i]
        if line.kind == _PARA and _PROMO.search(line.text) and len(_WORD.findall(line.text)) <= 80:
            neighbours = [nonblank[p] for p in (pos - 1, pos + 1) if 0 <= p < len(nonblank)]
            if any(lines[n].kind == _FURN for n in neighbours) or pos == len(nonblank) - 1:
                line.kind = _FURN
    for pos, i in enumerate(nonblank):
        line = lines[i]
        # A name (a site's masthead between its menu icon and a "Subscribe" button) is no blurb.
        if line.kind in (_PARA, _SHORT) and 0 < pos < len(nonblank) - 1 and len(_WORD.findall(line.text)) <= 25 \
                and not (line.kind == _SHORT and _is_site_name(_probe(line.text))):
            around = [lines[nonblank[pos - 1]], lines[nonblank[pos + 1]]]
            # Both neighbours furniture, one of them a box (newsletter, app, consent): not an ad
            # marker or share row that merely interrupts the body.
            # A paywall's cut below a paragraph ends the story; it does not make the paragraph a promo.
            if all(l.kind == _FURN for l in around) and any(_PROMO.search(l.text) and not l.ends for l in around):
                line.kind = _FURN


def _mark_notices(lines: list[_Line]) -> None:
    """A notice with its buttons above the page's first story (a consent banner, an app or channel invite,
    in any language): the page's first paragraph, a sentence under no time or byline line, followed only by one
    to three lines of one or two words (its buttons) and then a gap, is furniture, and so are its buttons."""
    first = next((i for i, l in enumerate(lines) if l.kind == _PARA), None)
    if first is None or not _SENT_END.search(lines[first].text):
        return
    above = next((lines[i] for i in range(first - 1, -1, -1) if lines[i].kind != _BLANK), None)
    if above is not None and above.kind in _META:
        return  # a story's first paragraph under its time line, with a share button
    buttons = []
    k = first + 1
    while k < len(lines) and lines[k].kind != _BLANK:
        words = _WORD.findall(lines[k].text)
        if lines[k].kind not in (_SHORT, _FURN) or not 1 <= len(words) <= 2 or _SENT_END.search(lines[k].text):
            return
        buttons.append(k)
        k += 1
    if not 1 <= len(buttons) <= 3 or not any(l.kind == _PARA for l in lines[k:]):
        return
    for i in [first] + buttons:
        lines[i].kind = _FURN


def _mark_running_heads(lines: list[_Line]) -> None:
    """A short line that the page repeats, one copy of it inside the text (a PDF page's running head between two
    paragraphs, with only furniture such as "Page 1 of 2" around it), is furniture wherever it stands."""
    copies: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.kind in (_SHORT, _FURN) and _key(line.text):
            copies.setdefault(_key(line.text), []).append(i)
    heads = {key for key, found in copies.items() if len(found) >= 2}

    def reaches_para(i: int, step: int) -> bool:
        j = i + step
        while 0 <= j < len(lines) and (lines[j].kind in (_BLANK, _FURN) or _key(lines[j].text) in heads):
            j += step
        return 0 <= j < len(lines) and lines[j].kind == _PARA

    def headline(i: int) -> bool:
        # A headline over its text, listed again in a contents list at the top, is no running head.
        below = _next_nonblank(lines, i)
        text = lines[i].text
        return below is not None and lines[below].kind == _PARA and len(_WORD.findall(text)) >= 4 \
            and looks_like_title(text) and "|" not in text and not _LINKISH.search(text)

    for key in heads:
        if any(reaches_para(i, -1) and reaches_para(i, 1) and not headline(i) for i in copies[key]):
            for i in copies[key]:
                lines[i].kind = _FURN


def _mark_boxes(lines: list[_Line]) -> str | None:
    """Mark the lines under a sponsor's heading, an e-mail's salutation ("Hi Anna,") or an author box as their box.

    The box runs to the next blank line (the ad, the e-mail's intro, the author's bio); an author box
    stops short of another article's header.

    Returns:
        The name in an "About NAME" box under a paragraph (a release's issuer), or None.
    """
    issuer = None
    for i, line in enumerate(lines):
        probe = _probe(line.text)
        about = _ABOUT_ORG.match(probe)
        if line.kind == _SHORT and (_AUTHOR_BOX.match(probe) or (
                about and _is_masthead(about.group("name")) and (j := _prev_nonblank(lines, i)) is not None
                and lines[j].kind == _PARA and (k := _next_nonblank(lines, i)) is not None and lines[k].kind == _PARA)):
            issuer = issuer or (about.group("name") if about and not _AUTHOR_BOX.match(probe) else None)
            j = i
            while j < len(lines) and lines[j].kind not in (_BLANK,) + _META:
                nxt = _next_nonblank(lines, j)
                if j > i and nxt is not None and lines[nxt].kind in _META:
                    break
                lines[j].kind, lines[j].note = _FURN, True  # (a closing box, whatever the tagger makes of it)
                j += 1
            continue
        if line.kind != _FURN:
            continue
        sponsor = bool(_SPONSOR.match(probe))
        if not sponsor and not (_greeting(probe) and len(_WORD.findall(probe)) <= 4):
            continue
        if sponsor and i > 0 and lines[i - 1].kind != _BLANK:
            continue  # a credit line under a headline ("In partnership with ..."), not a box heading
        j = i + 1
        while j < len(lines) and lines[j].kind != _BLANK:
            j += 1
        # Without a blank line to close the box, only the line right under the heading is sure to be its text.
        for k in range(i + 1, j if j - i <= 4 else i + 2):
            if sponsor or lines[k].kind == _PARA:
                lines[k].kind = _FURN
    return issuer


def _mark_rails(lines: list[_Line]) -> None:
    """The teaser headlines under a rail heading between two paragraphs of a body ("LEIA TAMBÉM" / two
    headlines / the story goes on) are furniture."""
    for i, line in enumerate(lines):
        if line.kind != _FURN or not _RAIL_HEAD.match(_probe(line.text).strip(" :.")):
            continue
        # A rail that closes the page: teaser headlines (a question among them reads as a sentence) and
        # furniture up to a blank line or the page's end, no meta line or paragraph among them.
        run, j = [], i + 1
        while j < len(lines) and len(run) < 12 and (lines[j].kind in (_SHORT, _FURN) or (
                lines[j].kind == _PARA and len(_WORD.findall(lines[j].text)) <= 15
                and not lines[j].text.rstrip("\"'’”»").endswith("."))):
            run.append(j)
            j += 1
        if run and (j == len(lines) or lines[j].kind == _BLANK):
            for k in run:
                lines[k].kind = _FURN
            continue
        above = _prev_nonblank(lines, i)
        if above is None or lines[above].kind != _PARA:
            continue
        run, j = [], i + 1
        while j < len(lines) and lines[j].kind in (_SHORT, _FURN) and len(run) < 6:
            run.append(j)
            j += 1
        if run and j < len(lines) and lines[j].kind == _PARA:
            for k in run:
                lines[k].kind = _FURN


def _mark_captions(lines: list[_Line]) -> None:
    """A block of up to three lines (between blank lines) holding a photo credit is a caption; so is the line
    under a caption label ("Image caption,")."""
    for i, line in enumerate(lines):
        if _CAPTION_LABEL.match(_probe(line.text)):
            line.kind = _FURN
            j = _next_nonblank(lines, i)
            if j is not None and lines[j].kind in (_SHORT, _PARA) and len(_WORD.findall(lines[j].text)) <= 30:
                lines[j].kind, lines[j].caption = _FURN, True
    i = 0
    while i < len(lines):
        if lines[i].kind == _BLANK:
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].kind != _BLANK:
            j += 1
        block = range(i, j)
        if len(block) <= 3 and any(_CAPTION_CREDIT.match(_probe(lines[k].text)) for k in block) \
                and all(len(_WORD.findall(lines[k].text)) <= 30 for k in block):
            for k in block:
                lines[k].kind = _FURN
        i = j


def _site_name(lines: list[_Line], nonblank: list[int]) -> str | None:
    """The site's own name on the first line that is not furniture, when a menu or headline follows it."""
    folio = next((lines[i].source for i in nonblank if lines[i].kind == _FURN and lines[i].source), None)
    if folio:
        return folio
    # The site's name may sit under an e-mail's or a print version's header lines (furniture and their date).
    # A site's name repeated on the other pages of the same site is still its name.
    first = next((i for i in nonblank if lines[i].kind not in (_FURN, _DATE) or lines[i].repeated), None)
    if first is None or not (lines[first].kind == _SHORT or lines[first].repeated):
        return None
    name = _probe(lines[first].text)
    if len(_CELL_SPLIT.split(name)) >= 3:
        return None  # a row of links ("Parent Portal | Staff Webmail | Vacancies"), not one name
    if OUTLET_WORD.fullmatch(name):
        return None  # a menu's section ("News", "Radio"), not a name
    after = next((i for i in nonblank if i > first), None)
    # ... or over its edition's date line ("THE VALLEY BULLETIN" / "Plain-text edition - Wednesday 19 November 2025").
    if after is None or lines[after].kind not in (_SHORT, _FURN, _DATE):
        return None
    if lines[after].kind == _DATE and not _is_site_name(name):
        return None
    if not _is_site_name(name) and not (_is_masthead(name) and _nav_follows(lines, after)):
        return None
    lines[first].kind = _FURN
    return name


def _is_masthead(text: str) -> bool:
    """A short capitalised name line (a site's name), whatever its words."""
    words = [w for w in _NAME_SPLIT.split(text) if w]
    # A radio station's frequency may stand in its name ("Valley 96.4", "Radio 1 FM").
    # ... and a club's or paper's founding year ("SV Blau-Weiß Kirchdorf 1921 e.V.").
    plain = [w for w in words if not _NAME_NUMBER.fullmatch(w)]
    stem = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _COMPANY_FORMS else text
    return 1 <= len(words) <= 6 and len(text) <= 48 and not _SENT_END.search(stem) and bool(plain) \
        and not _MASTHEAD_BREAK.search(" ".join(plain)) and _is_name_words(words)


def _nav_follows(lines: list[_Line], after: int) -> bool:
    """Whether site navigation starts at line `after`: a menu or search link, a breadcrumb, or a run of menu items."""
    probe = _probe(lines[after].text)
    if lines[after].kind == _FURN and (_NAV.match(probe.strip(" >|·•")) or _BREADCRUMB.match(probe)
                                       or _APP.search(probe)):
        return True
    run = after
    while run < len(lines) and _is_menu_item(lines[run]):
        run += 1
    return run - after >= 3


def _is_menu_item(line: _Line) -> bool:
    probe = _probe(line.text)
    return line.kind == _FURN or (line.kind == _SHORT and len(_WORD.findall(probe)) <= 3
                                  and not _SENT_END.search(probe) and not probe.endswith(":"))


def _mark_menus(lines: list[_Line]) -> None:
    """Runs of three or more very short lines (a menu, a tag list, a row of buttons) are furniture."""
    i = 0
    while i < len(lines):
        if not _is_menu_item(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and _is_menu_item(lines[j]):
            j += 1
        run = list(range(i, j))
        # The last short line right above a header line may be its headline or outlet.
        if run and j < len(lines) and lines[j].kind in _META + (_BULLET,):
            run = run[:-1]
        if sum(1 for k in run if lines[k].kind == _SHORT) >= 2 and len(run) >= 3:
            for k in run:
                lines[k].kind = _FURN
        i = j


# ---------------------------------------------------------------- splitting


@dataclass
class _Header:
    start: int  # first line index of the header (title, outlet or meta)
    end: int  # last line index of the header
    title: str | None
    title_keys: set[str]
    source: str | None
    rel: str | None
    date: str | None
    body_from: int = -1  # first line that may belong to the body (a standfirst can sit above the meta)
    skip: set[int] = field(default_factory=set)  # lines of the header inside the body range
    masthead: bool = False  # the header names the paper and the issue date of the page's stories
    item: bool = False  # the header opens an item of a list (found by the items' shape or by the line model)


def _split(lines: list[_Line], repeated: set[str],
           collect: list[tuple[list[PageArticle], np.ndarray]] | None = None) -> list[PageArticle]:
    kinds = [l.kind for l in lines]
    nonblank = [i for i, k in enumerate(kinds) if k != _BLANK]
    if not nonblank:
        return []
    # Bare clock times alone do not make a page: a furniture-free text with times in it stays whole.
    page_mode = any(k in (_FURN, _BULLET, _DATE) for k in kinds) or any(l.kind == _TIME and not l.clock for l in lines) \
        or any(lines[i].kind == _BYL and (lines[i].source or lines[i].rel or lines[i].date) for i in nonblank)
    if not page_mode:
        return _plain(lines)
    # Lines repeated on other pages are furniture unless they sit next to a meta line
    # (a headline or outlet teased on two pages is still a headline or outlet).
    for i in nonblank:
        line = lines[i]
        if line.kind == _SHORT and _key(line.text) in repeated and not _near_meta(lines, i) \
                and not _before_body(lines, i):
            line.kind, line.repeated = _FURN, True
    # The lines' shape features, read once for the line model and the tagger.
    rows = line_model.features([l.text for l in lines], kinds)
    probs = line_model.predict([l.text for l in lines], kinds, rows)
    if probs is not None:
        for line, (p_title, _, p_furn) in zip(lines, probs):
            line.p_title, line.p_furn = float(p_title), float(p_furn)
    site = _mark_page_furniture(lines)
    _mark_learned_furniture(lines)
    _mark_promos(lines)  # again: the model may have found the furniture that a promo sits next to
    _mark_notices(lines)
    headers = _headers(lines)
    first_para = next((i for i in nonblank if lines[i].kind == _PARA), None)
    if first_para is None:
        # Only short lines: keep what is not furniture as one plain article when it says something.
        rest = [l for l in lines if l.kind == _SHORT and _key(l.text)]
        if sum(len(_WORD.findall(l.text)) for l in rest) >= 8:
            return _plain(rest)
        return []
    articles: list[PageArticle] = []
    # A leading article that has no header of its own (title, maybe a dateline, body).
    if not headers or headers[0].start > first_para:
        end = headers[0].start if headers else len(lines)
        article = _lead_article(lines, 0, end, trailing_gap=bool(headers),
                                items_follow=len(headers) >= 2)
        if article:
            trail = [lines[i] for i in range(end) if lines[i].trail]
            if trail and not (article.date or article.date_text):
                article = PageArticle(article.title, article.text, article.source or next(
                    (l.source for l in trail if l.source), None), next((l.date for l in trail if l.date), None),
                    next((l.rel for l in trail if l.rel), None))
            marker = _marker(lines, 0, end)
            articles.append(PageArticle(article.title, article.text, marker, article.date, article.date_text)
                            if marker and not article.source else article)
    page_date = next((l.date for l in lines if l.kind == _FURN and l.date), None)  # a printed page's running head
    # A date line above the page's first headline and first paragraph (in its masthead) is the day the page was read.
    first_title = next((i for i, l in enumerate(lines) if headers and _key(l.text) in headers[0].title_keys), len(lines))
    masthead = lines[:min(first_title, first_para)]
    own_line = next((l.date for l in masthead if l.kind == _DATE and l.date and not l.rel), None)
    read_on = own_line or _strip_day(masthead) or _strip_day(lines[len(masthead):first_para], leading=True) \
        or (_strip_day(lines[:min(first_title, _next_para(lines, first_para))], dated=True)
            if first_para < first_title else None)  # (under a notice paragraph)
    top_day = _day_over_menu(lines, first_para)
    for n, header in enumerate(headers):
        end = headers[n + 1].start if n + 1 < len(headers) else len(lines)
        if header.masthead:
            site, page_date = header.source, header.date
            read_on = header.date or read_on
        body = _body(lines, header.body_from, end, header.title_keys, trailing_gap=n + 1 < len(headers),
                     skip=header.skip)
        if not body and not articles and header.date:
            page_date = header.date  # a dated page header above its stories ("Tuesday, 4 November 2025")
            # (the day the page was read, before a date in a strip over it: "Admissions open 8-19 June 2026 · ...")
            read_on = own_line or (None if header.rel else header.date) or read_on
        elif not body and header.date and not header.rel and read_on is None:
            read_on = header.date  # ... and under notice paragraphs the rules read as an article of their own
        # A block that ends in the same counter footer as the item after it is that feed's first post, not its heading.
        if body and _list_heading(header, headers[n + 1:], body) \
                and not (n + 1 < len(headers) and _item_footers(lines, headers[n + 1].start)):
            page_date = header.date  # a list's dated heading with a line of intro ("Morning roundup")
            continue
        if body and _list_blurb(header, headers[n + 1:], body):
            continue
        if header.date and not header.rel and body and len(_WORD.findall(body)) <= 40 \
                and len(headers) >= n + 3 and not any(h.date or h.rel for h in headers[n + 1:n + 3]):
            page_date = header.date  # a bulletin's dated intro over its undated items dates them
        if lines[header.start].kind == _DATE and not (header.source or header.rel):
            page_date = header.date  # a day's date over its first headline dates the undated items below it
        if not body:
            continue
        title = header.title or derive_title(body)
        trail = [lines[i] for i in range(header.body_from, end) if lines[i].trail]
        rel = header.rel or next((l.rel for l in trail if l.rel), None)
        date = header.date or next((l.date for l in trail if l.date), None) \
            or next((lines[i].date for i in range(header.end + 1, end) if lines[i].date and lines[i].kind == _PARA), None)
        if date is None and rel is None:
            date = page_date
        elif date is None:
            # "3 hours ago" on a page dated that day: the day stands beside the text (or over the page's menu, above a
            # strip or tagline the rules took for a headline)
            date = read_on or page_date or top_day
        if rel and date:
            date = _counted_back(date, rel)  # ... and "Yesterday at 4:45 pm" the day before it
        source = header.source or next((l.source for l in trail if l.source), None) \
            or _marker(lines, header.start, end) or _marker_over(lines, header.start) or _dateline_agency(body) \
            or _closing_credit(lines, header.body_from, end)
        articles.append(PageArticle(title=title, text=body, source=source, date=date, date_text=rel))
    if site:
        articles = [a if a.source else PageArticle(a.title, a.text, site, a.date, a.date_text) for a in articles]
    articles = _fuller_sources(articles, site)
    if len(nonblank) >= segmenter.MIN_LINES:
        articles = _tagged(lines, kinds, rows, articles, site, collect, read_on or page_date)
    return _spelled_out(lines, _named(lines, _yearless_days(lines, articles), site))


def _day_over_menu(lines: list[_Line], first_para: int) -> str | None:
    """The date of a date line over a run of at least four short lines (a menu) above the page's first paragraph."""
    for i in range(first_para):
        if lines[i].kind == _DATE and lines[i].date and not lines[i].rel:
            between = [l for l in lines[i + 1:first_para] if l.kind != _BLANK]
            run = longest = 0
            for l in between:  # (a share row's networks are no menu)
                menu_item = l.kind in (_SHORT, _FURN) and len(_WORD.findall(l.text)) <= 4 \
                    and not _SHARE_TARGET.match(l.text)
                run = run + 1 if menu_item else 0
                longest = max(longest, run)
            return lines[i].date if longest >= 4 else None
    return None


def _next_para(lines: list[_Line], i: int) -> int:
    """The index of the first paragraph after the run of paragraphs at line `i` (notices over a masthead), the
    page's length when there is none."""
    rest = next((k for k in range(i, len(lines)) if lines[k].kind not in (_PARA, _BLANK)), len(lines))
    return next((k for k in range(rest, len(lines)) if lines[k].kind == _PARA), len(lines))


def _strip_day(masthead: list[_Line], leading: bool = False, dated: bool = False) -> str | None:
    """The first full date in a strip of the masthead ("Monday, March 30, 2026 | Sea state: moderate"), which dates
    the page's relative times when no date line of its own stands there; with `leading`, only a strip that starts
    with its date (the rules may read such a strip as the first headline); with `dated`, a date line also counts (a
    masthead under a notice paragraph, which the date lines of the masthead proper do not see)."""
    for line in masthead:
        if line.kind == _DATE and dated and line.date and not line.rel:
            return line.date
        if line.kind in (_SHORT, _FURN):
            match = _DATE_ANY.search(line.text)
            if match and leading and not (_date_line(line.text[:match.end()])
                                          and _STRIP_REST.match(line.text[match.end():])):
                continue
            if match and (day := _iso(match)):
                return day
    return None


_STRIP_REST = re.compile(r"\s*[|·•]\s*\S")


def _counted_back(day: str | None, rel: str) -> str | None:
    """The day a relative time names on a page read on `day`: that day for hours and minutes ("3 hours ago"), the days
    before it for whole days and more ("Yesterday at 4:45 pm", "2 days ago")."""
    relative = parse_relative(rel)
    if day is None or relative is None or relative.unit in ("second", "minute", "hour"):
        return day
    read = Moment(datetime.combine(date.fromisoformat(day[:10]), time(12), timezone.utc), False)
    return resolve_relative(relative, read).iso()[:10]


def _yearless_days(lines: list[_Line], articles: list[PageArticle]) -> list[PageArticle]:
    """Articles dated only by a day and a month in the strip under their headline ("Thursday 14 May · Agriculture
    Department", "Text: NAME · 7. Mai") take that day, in the year of the latest date the page prints outside its copy
    (a newsletter's issue line, the page's date line), or the year before when the day would come more than a month
    after that date (December's items read in January). An article with a relative time keeps the day it names."""
    printed = [l.date for l in lines if l.date and l.kind != _PARA]
    if not printed:
        return articles
    latest = date.fromisoformat(max(printed)[:10])
    dated = []
    for article in articles:
        day = None if article.date_text else _day_under(lines, article.title, latest)
        dated.append(replace(article, date=day) if day else article)
    return dated


_YEAR_NUMBER = re.compile(r"(?<!\d)\d{4}(?!\d)")
_PART_SPLIT = re.compile(r"\s[·•|]\s")


def _day_under(lines: list[_Line], title: str, latest: date) -> str | None:
    """The ISO day of a yearless date in the meta lines under the headline `title` (up to its first paragraph),
    when none of them holds a full date or a relative time."""
    at = next((i for i, l in enumerate(lines) if l.kind != _PARA and l.text and _key(l.text) == _key(title)), None)
    found = None
    for _ in range(3):
        at = _next_nonblank(lines, at) if at is not None else None
        if at is None or lines[at].kind == _PARA:
            break
        if lines[at].date or lines[at].rel:
            return None
        found = found or _yearless(_probe(lines[at].text), latest)
    return found


def _yearless(probe: str, latest: date) -> str | None:
    """The ISO day of a strip one of whose parts is a day and month alone ("16 maggio", "Jeudi 14 mai") and whose
    other parts are short (an author, a department), in the year that puts it at most a month after `latest`."""
    parts = [p.strip() for p in _PART_SPLIT.split(probe) if p.strip()]
    if _YEAR_NUMBER.search(probe) or len(parts) > 3 or any(len(_WORD.findall(p)) > 6 for p in parts):
        return None
    for part in parts:
        text = f"{part} {latest.year}"
        match = _DATE_ANY.search(text)
        found = _date_line(text) if match else None
        if not found or not found[0] or found[1] or _WORD.findall(_DATE_NOISE.sub(" ", text[:match.start()])):
            continue
        day = date.fromisoformat(found[0])
        if day > latest + timedelta(days=31):
            before = _date_line(f"{part} {latest.year - 1}")  # (None for 29 February in a common year)
            day = date.fromisoformat(before[0]) if before and before[0] else day
        return day.isoformat()
    return None


def _named(lines: list[_Line], articles: list[PageArticle], site: str | None = None) -> list[PageArticle]:
    """Articles without an outlet take the page's own name when the learned chooser (qa/ingest/site_name.py) is sure of
    one (on a page of fewer than `segmenter.MIN_LINES` lines, one its copyright line holds and says again). An outlet
    the rules read stays (replacing the rules' site names with the chooser's lowered outlet accuracy when each training
    folder was held out in turn, 0.785 against 0.805), except the rules' site name that the page says only once
    (the first line over a menu may be a link, "로그인", log in) where the chooser is sure of a name it says again."""
    texts = [l.text for l in lines if l.text]
    once = site is not None and sum(site in t for t in texts) == 1
    if all(a.source for a in articles) and not once:
        return articles
    # (a shorter text, a print view, has a name only where its copyright line holds one that it says again)
    name = site_name.choose(texts, held=len(texts) < segmenter.MIN_LINES)
    if not name:
        return articles
    return [PageArticle(a.title, a.text, name, a.date, a.date_text)
            if not a.source or (once and a.source == site and name != site) else a for a in articles]


def _tagged(lines: list[_Line], kinds: list[str], rows: np.ndarray, found: list[PageArticle],
            site: str | None, collect: list | None = None, day: str | None = None) -> list[PageArticle]:
    """The page's articles as the learned tagger (qa/ingest/segmenter.py) cuts them, with the rules' outlets and dates.

    An article opens at each headline the tagger finds and at each headline of the rules' articles that comes with an
    outlet or a date (the rules read a headline from the meta lines around it, further than the tagger sees); of
    headlines with no body line between them, the tagger's likeliest stands. The text is the tagger's body lines plus
    the paragraphs the rules kept for the same article in its stretch of the page, up to the tagger's last body line
    (the tagger may drop a caption or a footer line inside the story, not a paragraph of it). Each article takes the
    outlet and date of the rules' article whose headline opened it or that shares most body lines with it, else the
    page's site; one that the rules gave no date takes that of a meta line closing its copy, else of the day heading
    over it or over the items above it (a feed's "Today", "Yesterday", "Monday, 20 April 2026"), counted back from
    `day`, the day the page was read. A headlined article of the rules that shares no body line with the tagger's is
    kept as the rules read it. The rules' articles stand when no tagger is stored or it finds no article. Last, the
    article filter drops the boxes among them (`_screened`; with `collect`, nothing is dropped and the articles with
    their filter features are appended to it, for training the filter).
    """
    texts = [l.text for l in lines]
    probs = segmenter.tag(texts, kinds, base=rows)
    segments = segmenter.decode(texts, probs) if probs is not None else None
    if not segments:
        return found
    opens = _rule_headlines(lines, found)
    segments = [segmenter.Segment(None, seg.body) if seg.title is not None and lines[seg.title].caption else seg
                for seg in segments]  # (a caption under its label is no headline, whatever the tagger reads)
    cuts = _cuts(segments, opens, probs)
    rule_lines = [set(a.text.split("\n")) for a in found]
    tagged = {_body_text(lines[i]) for _, body, _ in cuts for i in body}
    used = {rules for _, body, rules in cuts if body and rules is not None}
    # The rules' headlined articles that the tagger gives no line of: kept whole, in page order.
    cuts += [[line, [], n] for line, n in opens.items() if n not in used and not rule_lines[n] & tagged
             and not any(c[0] == line for c in cuts)]
    cuts.sort(key=lambda c: c[0] if c[0] is not None else -1)
    cuts = _merge_small(lines, cuts, opens)
    out = []
    timed: set[int | None] = set()  # the rules' articles whose date an earlier cut took
    group: tuple[str | None, str | None] | None = None  # the day heading over the current run of items
    last = -1  # the last body line of the cut before
    for k, (head, body, rules) in enumerate(cuts):
        if body and head is not None:
            group = _day_heading(lines, last + 1, head) or group
            last = max(body)
        if not body:
            if rules is not None and rules not in used and not rule_lines[rules] & tagged:
                out.append(found[rules])
                used.add(rules)
            continue
        if rules is None:
            shared = [len(r.intersection(_body_text(lines[i]) for i in body)) for r in rule_lines]
            rules = shared.index(max(shared)) if shared and max(shared) else None
        if rules is not None:
            lo = head if head is not None else body[0]
            hi = _next_head(cuts, k, len(lines))
            # Not past the tagger's last body line: the rules' paragraphs there are closing notes (a newsletter
            # line, a views disclaimer, a press-office contact). Leave one batch out over the 38 training batches:
            # boundary 68.6 -> 72.2%, furniture lines left 230 -> 146, titles, outlets and dates unchanged.
            hi = min(hi, max(body) + 1)
            body = sorted(set(body) | {i for i in range(lo, hi) if lines[i].kind == _PARA
                                       and _body_text(lines[i]) in rule_lines[rules]})
        body = [i for i in body if lines[i].kind != _FURN
                or (_kind_of(_probe(lines[i].text)) == _PARA and not (lines[i].note or lines[i].fixed))] or body
        # A release's end mark ("###", "-30-") ends its text: the boilerplate under it is not the story's.
        mark = next((i for i in range(body[0], body[-1]) if lines[i].ends and _END_MARK.match(lines[i].text.strip())),
                    None)
        body = [i for i in body if mark is None or i < mark] or body
        text = "\n".join(_body_text(lines[i]) for i in body)
        title = _clean_title(lines[head].text) if head is not None else derive_title(text)
        # The outlet and date of the rules' article whose headline stands (a cut may open at one rules headline and
        # move to a likelier one below it).
        source_of = opens[head] if head in opens else rules
        match = found[source_of] if source_of is not None else None
        if match and match.date_text and head not in opens \
                and (source_of in timed or any(c[0] in opens and opens[c[0]] == rules for c in cuts if c[0] != head)):
            # The rules' relative time belongs to the headline another cut opened at or took it from, not to this
            # one below it.
            match = PageArticle(match.title, match.text, match.source)
        timed.add(source_of)
        rel = _time_over(lines, head)
        if match and rel and not match.date_text:
            # A relative time alone right over the headline, set apart from what is above it, is the article's own
            # (a live page's "9 min ago" / entry headline; the rules may have read it as the line above's).
            match = PageArticle(match.title, match.text, match.source, _counted_back(match.date or day, rel), rel)
        closing = None
        if head is not None and head not in opens:
            closing = next((lines[i] for i in range(head, _next_head(cuts, k, len(lines)))
                            if lines[i].trail and (lines[i].date or lines[i].rel) and not _is_day_heading(lines[i])
                            and not _over(lines, i)), None)
        if closing:
            # a meta line closing this story ("wczoraj, 17:45 · NAME" under its copy) dates it, not the rules'
            # article it was read into
            rel = closing.rel
            match = PageArticle(title, text, closing.source or (match.source if match else site),
                                closing.date or (_counted_back(day, rel) if rel else None), rel)
        heading_date, heading_rel = group or (None, None)
        if (group and not (match and (match.date or match.date_text))) \
                or (match and heading_rel and match.date_text == heading_rel and day):
            # (the rules' day word counted back from the page's day, not from a date further down the feed)
            match = PageArticle(title, text, match.source if match else site,
                                heading_date or (_counted_back(day, heading_rel) if heading_rel else None), heading_rel)
        out.append(PageArticle(title, text, match.source, match.date, match.date_text) if match
                   else PageArticle(title, text, site))
    return _screened(lines, probs, out, found, collect)


_CLOCK_IN = re.compile(r"\d{1,2}[:.h]\d{2}")
_DAY_WORD = re.compile(rf"{_REL_WORD}|{CLDR_DAY_WORD}", re.IGNORECASE)


def _day_heading(lines: list[_Line], start: int, head: int) -> tuple[str | None, str | None] | None:
    """(ISO date, day word) of the last day heading between line `start` and headline `head`: a line that is only a
    date or a day word ("Yesterday", "Kemarin"), without a clock time, an outlet or a byline, under which a feed
    lists its items of that day."""
    for i in range(head - 1, start - 1, -1):
        if _is_day_heading(lines[i]):
            return lines[i].date, lines[i].rel
    return None


def _is_day_heading(line: _Line) -> bool:
    """Whether a line is only a date or a day word, without a clock time, an outlet or a byline."""
    if line.kind in (_PARA, _BULLET) or line.source or _CLOCK_IN.search(line.text):
        return False
    return bool(line.kind == _DATE and line.date and not line.rel
                or line.kind == _TIME and line.rel and _DAY_WORD.fullmatch(line.rel.strip()))


def _over(lines: list[_Line], i: int) -> bool:
    """Whether the first line after line `i` that is no meta line is a short one (a live entry's time and poster
    over the next entry's headline), not furniture closing the story above."""
    j = next((j for j in range(i + 1, len(lines)) if lines[j].kind not in _META and lines[j].kind != _BLANK), None)
    return j is not None and lines[j].kind == _SHORT


def _next_head(cuts: list, k: int, end: int) -> int:
    """The first line of the cut after cut `k` (its headline, else its first body line), or `end`."""
    return next((c[0] if c[0] is not None else c[1][0] for c in cuts[k + 1:] if c[0] is not None or c[1]), end)


def _time_over(lines: list[_Line], head: int | None) -> str | None:
    """The relative time of a time line directly over line `head` (or over the entry's clock time over it: "6 mins
    ago" / "14:32" / headline) with a blank line (or the page's top) over it."""
    if head is None or head < 1:
        return None
    if head >= 2 and _CLOCK.match(_probe(lines[head - 1].text)):
        head -= 1
    line = lines[head - 1]
    if line.kind != _TIME or not line.rel or line.source or (head >= 2 and lines[head - 2].kind != _BLANK):
        return None
    return line.rel


def _screened(lines: list[_Line], probs: np.ndarray, out: list[PageArticle], found: list[PageArticle],
              collect: list | None) -> list[PageArticle]:
    """The tagged articles without those the article filter (qa/ingest/article_filter.py) takes for boxes."""
    # Training collects the rows without reading the stored filter (it may be the stale file being replaced).
    screen = article_filter.load() if collect is None else None
    if not out or (screen is None and collect is None):
        return out
    titles = [_clean_title(l.text) if l.text else None for l in lines]
    bodies = [_body_text(l) if l.text else None for l in lines]
    candidates = []
    for article in out:
        paras = {p for p in article.text.split("\n") if p.strip()}
        candidates.append(article_filter.Candidate(
            words=len(_WORD.findall(article.text)),
            body_lines=tuple(i for i, b in enumerate(bodies) if b is not None and b in paras),
            headline=next((i for i, t in enumerate(titles) if t == article.title), None),
            rules=any(article == r for r in found), dated=bool(article.date or article.date_text)))
    rows = article_filter.features(candidates, probs)
    if collect is not None:
        collect.append((list(out), rows))
        return out
    return [a for a, keep in zip(out, screen.keep(rows)) if keep]


def _rule_headlines(lines: list[_Line], found: list[PageArticle]) -> dict[int, int]:
    """The line of each of the rules' headlines that came with an outlet or a date, mapped to its article."""
    opens: dict[int, int] = {}
    cursor = 0
    for n, article in enumerate(found):
        i = next((j for j in range(cursor, len(lines)) if lines[j].text and _clean_title(lines[j].text) == article.title),
                 None)
        if i is not None and (article.source or article.date or article.date_text):
            opens[i] = n
            cursor = i + 1
    return opens


def _cuts(segments: list[segmenter.Segment], opens: dict[int, int], probs: np.ndarray) -> list[list]:
    """The page cut at the tagger's headlines and the rules' (`opens`): [headline line, body lines, rules article]
    per article, in page order; of headlines with no body line between them, the tagger's likeliest stands."""
    body_lines = {i for seg in segments for i in seg.body}
    titles = {seg.title for seg in segments if seg.title is not None}
    cuts: list[list] = []
    for i in sorted(titles | set(opens) | body_lines):
        if i in body_lines and i not in opens:
            if not cuts:
                cuts.append([None, [], None])
            cuts[-1][1].append(i)
        elif cuts and not cuts[-1][1] and cuts[-1][0] is not None:
            head = cuts[-1]
            if i in titles and (head[0] not in titles or probs[i][0] > probs[head[0]][0]):
                head[0] = i
            head[2] = head[2] if head[2] is not None else opens.get(i)
        else:
            cuts.append([i, [], opens.get(i)])
    return cuts


def _merge_small(lines: list[_Line], cuts: list[list], opens: dict[int, int]) -> list[list]:
    """Cuts opened by a headline only the tagger found, over fewer than `_MERGE_WORDS` words or ending in a colon,
    joined to the one above."""
    merged: list[list] = []
    for cut in cuts:
        tagger_only = bool(merged and merged[-1][1] and cut[1]) and cut[2] is None and cut[0] is not None \
            and cut[0] not in opens
        if tagger_only and _probe(lines[cut[0]].text).endswith(":"):
            # a lead-in to what follows ("After its deliberations, the Committee decided as follows:") is the text's
            merged[-1][1] = merged[-1][1] + [cut[0]] + cut[1]
        elif tagger_only and sum(len(_WORD.findall(lines[i].text)) for i in cut[1]) < _MERGE_WORDS \
                and not _set_apart(lines, max(merged[-1][1]), cut[0]):
            merged[-1][1] = merged[-1][1] + cut[1]
        else:
            merged.append(cut)
    return merged


# A headline only the tagger found, over fewer words of text than this, opens no article: its text joins the article
# above (a crosshead, a caption read as a headline). Chosen by leave-one-batch-out scores over the tagger's training
# batches (tests/layouts_cv_report.py): 0, 30, 60, 100, 150 gave boundary 72.9, 72.8, 73.8, 74.0, 74.7% and title
# 94.8, 94.8, 94.8, 94.4, 94.4%; 60 is the largest that costs no headline.
_MERGE_WORDS = 60


def _set_apart(lines: list[_Line], last_body: int, head: int) -> bool:
    """Whether a non-blank line that is no body text stands between the text above and a headline (an item's
    time and rubric line, a read-more link, a section label): a crosshead sits right under the paragraph above."""
    return any(lines[i].text and lines[i].kind not in (_PARA, _BULLET) for i in range(last_body + 1, head))


def _body_text(line: _Line) -> str:
    return _clean_title(line.text) if line.text.startswith("#") else line.text


def _fuller_sources(articles: list[PageArticle], site: str | None) -> list[PageArticle]:
    """Each article's outlet in the fullest form the page gives it: a wire's short name in a dateline ("Kestrel")
    becomes the name on the page's masthead or another article ("Kestrel News Agency")."""
    names = {n for n in [site] + [a.source for a in articles] if n}
    out = []
    for a in articles:
        # Only outlet words may follow the short name ("News Agency"), not a section ("Agency - World Service").
        fuller = [n for n in names if a.source and n.casefold().startswith(a.source.casefold() + " ")
                  and all(OUTLET_WORD.search(w) for w in n[len(a.source):].split())]
        out.append(PageArticle(a.title, a.text, max(fuller, key=len), a.date, a.date_text) if fuller else a)
    return out


# A publisher's word before the outlet's name in a copyright line ("© Association Elsass-Blìck"): the holder is the
# publisher, not the outlet.
_ORGANISATION = re.compile(r"association|associação|asociación|associazione|verein|verlag|stiftung|fondation|foundation|"
                           r"fundación|fundação|trust|society|group|grupo|groupe|gruppo|editions|éditions|ediciones|"
                           r"edições|edizioni|media|holding|company|corporation|cooperative|coopérative|ltd\.?|inc\.?|"
                           r"gmbh|sa|ag|plc|llc", re.IGNORECASE)


def _spelled_out(lines: list[_Line], articles: list[PageArticle]) -> list[PageArticle]:
    """Each acronym outlet ("LNS", from a dateline or a photo credit) in the full name the page spells out for it, and
    a masthead's one word in capitals ("LONTARA") in the longer name its copyright line holds ("© 2026 Kantor Berita
    Lontara"; not a company's: "Lontara Media Group Ltd")."""
    texts = [l.text for l in lines if l.text]
    full = {a.source: _expansion(a.source, texts) for a in articles if a.source and _INITIALS.fullmatch(a.source)}
    capitals = {a.source for a in articles if a.source and a.source.isupper() and " " not in a.source
                and a.source not in full}
    for holder in (c.text for c in site_name.candidates(texts) if c.from_holder) if capitals else ():
        words = holder.split()
        for name in capitals:
            if 2 <= len(words) <= 4 and words[-1].casefold() == name.casefold() and not words[-1].isupper() \
                    and all(_capital(w[0]) for w in words) and not any(_ORGANISATION.fullmatch(w) for w in words):
                full[name] = holder
    return [PageArticle(a.title, a.text, full[a.source], a.date, a.date_text) if full.get(a.source) else a
            for a in articles]


_NAME_PARTS = re.compile(r"(\s+|(?<=[^\W\d_])-(?=[A-Z]))")


def _expansion(acronym: str, texts: list[str]) -> str | None:
    """The one name on the page whose capitalised words begin with the acronym's letters in order ("Lamplight News
    Service" for "LNS", "Ajansa Nûçeyan Stêrk" for "ANS"; link words such as "of" may come between them), or None
    when the page gives none or two different ones."""
    found = set()
    for text in texts:
        # (a hyphenated name's parts count as words: "Pan-Savannah Press" for "PSP")
        pieces = _NAME_PARTS.split(text.strip())
        raw, seps = pieces[0::2], [" " if sep.isspace() else sep for sep in pieces[1::2]]
        words = [w.strip(_WORD_EDGES) for w in raw]
        for i in range(len(words)):
            run, n, j = [], 0, i
            while j < len(words) and n < len(acronym):
                w = words[j]
                if run and w.casefold() in _ACRONYM_LINKS:
                    run.append(w)
                elif w[:1] == acronym[n] and any(c.islower() for c in w):
                    run.append(w)
                    n += 1
                else:
                    break
                j += 1
            # The name must end there: punctuation after its last word, or a word that does not go on with it.
            if n == len(acronym) and (j == len(words) or raw[j - 1][-1] in _WORD_EDGES or not words[j][:1].isupper()):
                found.add("".join(run[k] + (seps[i + k] if k < len(run) - 1 else "") for k in range(len(run))))
    return found.pop() if len(found) == 1 else None


def _list_blurb(header: _Header, rest: list[_Header], body: str) -> bool:
    """Whether a header without meta lines heads only a line of intro over two or more headed stories ("Public
    notices" / "Notices published this week."): the same blurb that the top of a page drops, whichever way the
    header was found (the line model's headline-or-furniture call on such a heading is a close one)."""
    return header.item and not (header.date or header.rel or header.source) and len(rest) >= 2 \
        and len(_WORD.findall(header.title or "")) <= 4 and "\n" not in body and len(_WORD.findall(body)) <= 25


def _list_heading(header: _Header, rest: list[_Header], body: str) -> bool:
    """Whether a header is the dated heading of the list below it: no outlet or time of its own, a body of one
    short paragraph (an intro line), and list items after it that carry no date or time of their own."""
    items = [h for h in rest if h.item]
    return bool(header.date) and not header.item and header.source is None and header.rel is None \
        and "\n" not in body and len(_WORD.findall(body)) <= 30 and len(items) >= 2 and len(items) == len(rest) \
        and all(h.date is None and h.rel is None for h in items)


# Above this probability the learned model's furniture is taken as furniture; below it the rules decide.
_LEARNED_FURNITURE = 0.9
# A short line glued to furniture (an author, date or share line in words the rules do not
# know) needs less certainty.
_LEARNED_GLUED_FURNITURE = 0.75
# The longest line over a story's first paragraph that is read as byline furniture when it closes no sentence.
_BYLINE_AREA_WORDS = 5


def _mark_learned_furniture(lines: list[_Line]) -> None:
    """Mark the lines the learned line model (qa/ingest/line_model.py) is sure are furniture.

    Only plain lines are touched: meta lines, bare clock times, lines next to a meta line (a
    headline or outlet over its time line) and headline-like lines right above a paragraph keep
    what the rules made of them.
    """
    for i, line in enumerate(lines):
        if line.kind not in (_SHORT, _PARA) or line.p_furn < _LEARNED_FURNITURE:
            continue
        if _near_meta(lines, i, reach=1) or _before_body(lines, i) or _outlet_over_headline(lines, i):
            continue
        line.kind = _FURN
    changed = True
    while changed:
        changed = False
        for i in range(len(lines) - 1, -1, -1):
            line = lines[i]
            if line.kind != _SHORT or line.p_furn < _LEARNED_GLUED_FURNITURE or _near_meta(lines, i, reach=1) \
                    or _before_body(lines, i) or _outlet_over_headline(lines, i):
                continue
            glued = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
            if any(l.kind == _FURN for l in glued):
                line.kind, changed = _FURN, True


def _outlet_over_headline(lines: list[_Line], i: int) -> bool:
    """An outlet's name right above a headline that sits on its meta line ("Kelmarsh Herald" / headline /
    "2 hours ago"): the rules read it as the story's outlet, whatever the line model makes of it."""
    below = _next_nonblank(lines, i)
    name = _probe(lines[i].text)
    return below == i + 1 and _is_site_name(name) and not OUTLET_WORD.fullmatch(name) and lines[below].kind == _SHORT \
        and looks_like_title(lines[below].text) and (meta := _next_nonblank(lines, below)) is not None \
        and lines[meta].kind in _META


def _marker(lines: list[_Line], start: int, end: int) -> str | None:
    """The outlet named by an outlet marker line ("Source: OUTLET") between two line indexes."""
    return next((lines[i].marker for i in range(start, end) if lines[i].marker), None)


_PUBLISHED_WORD = re.compile(r"publi|partner|erschien|erstveröffentlich|paru|gepubliceerd|reprint|reproduc",
                             re.IGNORECASE)


def _marker_over(lines: list[_Line], start: int) -> str | None:
    """The outlet of a republication label right over a headline ("FIRST PUBLISHED BY OUTLET"), where that label
    does not close a story above it."""
    over = _prev_nonblank(lines, start)
    if over is None or not lines[over].marker or not _PUBLISHED_WORD.search(lines[over].text):
        return None  # ("VIA DI PAYS", a section label over the headline, names no outlet)
    above = _prev_nonblank(lines, over)
    return lines[over].marker if above is None or lines[above].kind != _PARA else None


def _closing_credit(lines: list[_Line], start: int, end: int) -> str | None:
    """The outlet of a credit line right under a paragraph of a story ("— Pan-Savannah Press" under its last one)."""
    for i in range(start + 1, end):
        if lines[i].kind == _BULLET and lines[i].source and _is_site_name(lines[i].source) \
                and (above := _prev_nonblank(lines, i)) is not None and lines[above].kind == _PARA:
            return lines[i].source  # (an outlet's name: "— Rev. NAME" signs a letter, "-30-" ends a release)
    return None


def _dateline_agency(body: str) -> str | None:
    match = _DATELINE.match(body) or _DATELINE_DAY_AGENCY.match(body)
    return match.group("agency").strip() if match and _is_name(match.group("agency")) else None


def _plain(lines: list[_Line]) -> list[PageArticle]:
    """A page without furniture: one article, nothing of the body dropped."""
    nonblank = [i for i, l in enumerate(lines) if l.kind != _BLANK]
    date = next((lines[i].date for i in nonblank[:4] if lines[i].date), None)
    # A date alone on one of the first lines is metadata, not body.
    idx = [i for n, i in enumerate(nonblank) if not (lines[i].kind == _DATE and n < 4)] or nonblank
    head = _clean_title(lines[idx[0]].text)
    # A first line that runs on into the next one (a hard-wrapped sentence) is not a title.
    runs_on = len(idx) > 1 and idx[1] == idx[0] + 1 and _RUNS_ON.match(lines[idx[1]].text)
    if len(idx) > 1 and looks_like_title(head) and lines[idx[0]].kind == _SHORT and not runs_on:
        title, idx = head, idx[1:]
    else:
        title = None
    body = "\n".join(_clean_title(lines[i].text) if lines[i].text.startswith("#") else lines[i].text for i in idx)
    if not body.strip():
        return []
    return [PageArticle(title=title or derive_title(body), text=body, date=date)]


def _before_body(lines: list[_Line], i: int) -> bool:
    """A headline-like line right above a paragraph (a headline seen on two pages stays one), or above a label
    line over it ("SURNAME, Given Names" / "1938 – 2025" / text)."""
    j = _next_nonblank(lines, i)
    while j is not None and _key(lines[j].text) == _key(lines[i].text):
        j = _next_nonblank(lines, j)
    if j is not None and lines[j].kind == _SHORT and _label_like(lines[j].text) and _WORD.findall(lines[j].text) \
            and not _label_like(lines[i].text):
        j = _next_nonblank(lines, j)
    return j is not None and lines[j].kind == _PARA and looks_like_title(lines[i].text)


def _near_meta(lines: list[_Line], i: int, reach: int = 2) -> bool:
    for step in (-1, 1):
        j, seen = i + step, 0
        while 0 <= j < len(lines) and seen < reach:
            if lines[j].kind in (_TIME, _DATE, _BULLET, _BYL):
                return True
            if lines[j].kind != _BLANK:
                if _key(lines[j].text) != _key(lines[i].text):
                    seen += 1
            j += step
    return False


def _headers(lines: list[_Line]) -> list[_Header]:
    """Find article headers: meta lines (time, date, byline, bullet outlet) with their outlet and title,
    and headlines directly above dateline-led wire copy."""
    meta = [i for i, l in enumerate(lines) if l.kind in _META]
    clusters: list[list[int]] = []
    for i in meta:
        between = range(clusters[-1][-1] + 1, i) if clusters else range(0)
        # Meta lines join one header unless a paragraph or another headline comes between them.
        # A clock time over a headline opens an item of its own ("14:05" / headline / text).
        if clusters and not (lines[i].clock and _title_follows(lines, i)) \
                and not any(lines[j].kind == _PARA for j in between) \
                and sum(1 for j in between if lines[j].kind != _BLANK) <= 3 \
                and not any(_headline_like(lines[j]) for j in between):
            clusters[-1].append(i)
        else:
            clusters.append([i])
    headers: list[_Header] = []
    for cluster in clusters:
        if all(lines[i].clock for i in cluster) \
                and not _opens_item(lines, cluster[0], headers[-1] if headers else None):
            # Clock times inside a running article (a live page's entries) stay in its text.
            for i in cluster:
                lines[i].kind, lines[i].clock = _SHORT, False
            continue
        if headers and _timeline_entry(lines, cluster, headers[-1]):
            for i in cluster:
                lines[i].kind = _SHORT  # a timeline's entry date: text of the article above
            continue
        if _trails_body(lines, cluster):
            for i in cluster:
                lines[i].trail = True  # its date and outlet go to the story above
            continue
        header = _header(lines, cluster)
        if header and (not headers or header.start > headers[-1].end):
            headers.append(header)
        elif header and header.rel and not headers[-1].rel and header.title_keys & headers[-1].title_keys:
            headers[-1].rel = header.rel  # the page's date line took the headline; its relative time stays with it
        elif header and header.date and header.title_keys & headers[-1].title_keys and header.start > headers[-1].start \
                and headers[-1].date and headers[-1].end <= header.start:
            # A page's date line over the headline ("Printed on: DATE") took it first; the story's own meta lines
            # below the headline date it.
            headers[-1] = replace(header, start=headers[-1].start, source=header.source or headers[-1].source)
    ended = False  # after a jump line or wire credit, a headline over a paragraph starts a new story
    for i, line in enumerate(lines):
        if line.kind in _META:
            ended = False
        ended = ended or line.ends
        if line.kind != _PARA or not (_DATELINE.match(_probe(line.text)) or ended):
            continue
        above = _prev_nonblank(lines, i)
        if above is None or lines[above].kind != _SHORT or not looks_like_title(_clean_title(lines[above].text)):
            continue
        if any(h.start <= above <= h.end for h in headers):
            continue
        if _REL_END.search(lines[above].text):
            continue  # a reader's comment under its "NAME, TOWN, 2 hours ago" line, not a story under its headline
        title = _clean_title(lines[above].text)
        headers.append(_Header(start=above, end=above, title=title, title_keys={_key(title)}, source=None, rel=None,
                               date=None, body_from=above + 1))
    headers += _learned_items(lines, headers)
    return _list_items(lines, sorted(headers, key=lambda h: h.start))


def _list_items(lines: list[_Line], headers: list[_Header]) -> list[_Header]:
    """Headers of a list page's items, found by their repeated shape, in place of the headers the rules made there.

    An item's header is the run of short lines over its first paragraph (back to a blank line or the
    previous paragraph): its headline (the first headline-like line that is not a label such as
    "Release No. 25-311" or "1 of 4", above any meta line) with labels above it (a time code, a counter,
    a score) and/or meta or label lines under it (a date, "Image ID: ...", "Category: ..."). When three
    or more runs share that shape, each opens an item, unless they follow an authored header with text
    of its own (a live page's entries under its summary).
    """
    zones: list[tuple[list[int], int, int, tuple]] = []  # (zone lines, headline, first paragraph, shape)
    for p, line in enumerate(lines):
        prev = _prev_nonblank(lines, p)
        if line.kind != _PARA or prev is None or lines[prev].kind == _PARA:
            continue
        zone: list[int] = []
        j = prev
        while j >= 0 and lines[j].kind != _PARA and len(zone) < 8:
            if lines[j].kind == _BLANK:
                break
            zone.insert(0, j)
            j -= 1
        first_meta = next((k for k in zone if lines[k].kind in _META), p)
        headline = next((k for k in zone if k < first_meta and lines[k].kind == _SHORT
                         and looks_like_title(_clean_title(lines[k].text)) and len(_WORD.findall(lines[k].text)) >= 3
                         and not _label_like(lines[k].text) and not _REL_END.search(lines[k].text)), None)
        if headline is None:
            continue
        below = tuple(_shape_code(lines[k]) for k in zone if k > headline)
        shape = (headline > zone[0], below)
        if shape != (False, ()):
            zones.append((zone, headline, p, shape))
    counts = Counter(z[3] for z in zones)
    items = [z for z in zones if counts[z[3]] >= 3]
    if not items:
        return headers
    first = items[0][0][0]
    before = [h for h in headers if h.end < first]
    if before and any(lines[k].kind == _BYL for k in range(before[-1].start, before[-1].end + 1)):
        # Under an authored header, runs without a time of their own are the sections of its article, and
        # runs after text of its own are a live page's entries.
        if any(lines[k].kind in (_SHORT, _PARA) for k in range(before[-1].end + 1, first)):
            return headers
        items = [z for z in items if any(_shape_code(lines[k]) != "x" for k in z[0])]
        if len(items) < 3:
            return headers
    found = []
    for zone, headline, p, _ in items:
        meta = [lines[k] for k in zone if lines[k].kind in _META]
        title = _clean_title(lines[headline].text)
        found.append(_Header(start=zone[0], end=p - 1, title=title, title_keys={_key(title)},
                             source=next((m.source for m in meta if m.source), None),
                             rel=next((m.rel for m in meta if m.rel), None),
                             date=next((m.date for m in meta if m.date), None), body_from=p, item=True))
    overlaps = lambda h, f: h.start <= f.end and max(h.end, h.body_from - 1) >= f.start  # noqa: E731
    # Where the rules already found the item with the same headline, their header stands (it may name an outlet
    # line above the headline that the item's shape does not read).
    found = [f for f in found if not any(overlaps(h, f) and h.title_keys == f.title_keys for h in headers)]
    kept = [h for h in headers if not any(overlaps(h, f) for f in found)]
    return sorted(kept + found, key=lambda h: h.start)


def _learned_items(lines: list[_Line], headers: list[_Header]) -> list[_Header]:
    """Headers of list items that carry no meta line the rules know: a headline the learned model rates more
    likely a headline than furniture, in a block of its own (a blank line above it or above the furniture run
    over it), with only furniture or meta lines between it and its first paragraph."""
    found: list[_Header] = []

    def covered(i: int) -> bool:
        return any(h.start <= i <= max(h.end, h.body_from) for h in headers + found)

    levels = [len(m.group(1)) for m in (_MD_LEVEL.match(l.text) for l in lines) if m]
    for i, line in enumerate(lines):
        if line.kind != _SHORT or line.p_title <= line.p_furn or covered(i) \
                or not looks_like_title(_clean_title(line.text)) or _REL_END.search(line.text):
            continue
        level = _MD_LEVEL.match(line.text)
        if level and levels and len(level.group(1)) > min(levels):
            continue  # a Markdown subheading under the page's headline: a section of its article
        above = i - 1
        while above >= 0 and lines[above].kind in (_FURN,) + _META and not lines[above].clock:
            above -= 1
        if above >= 0 and lines[above].kind != _BLANK:
            continue  # text runs on into it: a subhead or a teaser inside an article
        below, between = _next_nonblank(lines, i), []
        while below is not None and lines[below].kind in (_FURN,) + _META and len(between) < 3:
            between.append(below)
            below = _next_nonblank(lines, below)
        if below is None or lines[below].kind != _PARA or covered(below):
            continue
        meta = [lines[j] for j in between if lines[j].kind in _META]
        above_header = max((h for h in headers if h.end < i), key=lambda h: h.end, default=None)
        if not meta and above_header is not None and not _item_footers(lines, i) \
                and (any(lines[k].kind == _BYL for k in range(above_header.start, above_header.end + 1))
                     or any(lines[k].kind == _PARA for k in range(above_header.end + 1, i))):
            # Under an authored header, or under a header with text of its own, headed blocks without meta of
            # their own are its article's sections.
            continue
        title = _clean_title(line.text)
        found.append(_Header(start=i, end=between[-1] if between else i, title=title, title_keys={_key(title)},
                             source=next((m.source for m in meta if m.source), None),
                             rel=next((m.rel for m in meta if m.rel), None),
                             date=next((m.date for m in meta if m.date), None), body_from=below, item=True))
    return found


def _item_footers(lines: list[_Line], i: int) -> bool:
    """Whether the block headed at `i` and the block above it both end in a furniture footer of one kind with a
    count or a time in it (a post's view counter and clock time): the blocks are a feed's posts, not an article's
    sections (an ad marker between sections carries no number)."""
    above = _prev_nonblank(lines, i)
    if above is None or lines[above].kind != _FURN or i - above < 2 or not _DIGIT.search(lines[above].text):
        return False
    first = lambda text: _DIGIT.sub("0", text.split()[0]) if text.split() else ""  # noqa: E731
    j = i
    while j < len(lines) and lines[j].kind != _BLANK:
        if j > i and lines[j].kind == _FURN and first(lines[j].text) == first(lines[above].text) \
                and _DIGIT.search(lines[j].text) and any(lines[k].kind == _PARA for k in range(i, j)):
            return True
        j += 1
    return False


def _shape_code(line: _Line) -> str:
    """A line's part in the shape of a list item's header: its meta kind, a clock time, or "x"."""
    if line.kind in _META:
        return line.kind
    return "clock" if line.clock or _CLOCK.match(_probe(line.text)) else "x"


def _timeline_entry(lines: list[_Line], cluster: list[int], prev: _Header) -> bool:
    """Whether a bare date line between two paragraphs, under an authored header, dates an entry of that article
    (a timeline's "3 October 2025" over what happened that day) rather than heading a story of its own."""
    if len(cluster) != 1 or lines[cluster[0]].kind != _DATE or lines[cluster[0]].source or lines[cluster[0]].rel:
        return False
    above, below = _prev_nonblank(lines, cluster[0]), _next_nonblank(lines, cluster[0])
    return above is not None and below is not None and lines[above].kind == _PARA and lines[below].kind == _PARA \
        and any(lines[k].kind == _BYL for k in range(prev.start, prev.end + 1))


def _trails_body(lines: list[_Line], cluster: list[int]) -> bool:
    """Whether meta lines close the story above them: under two or more paragraphs, with no paragraph after
    them in their block (only furniture, share and guestbook links up to a blank line, the next headline or the
    page's end)."""
    above = _prev_nonblank(lines, cluster[0])
    if above is None or lines[above].kind != _PARA or any(lines[i].clock for i in cluster):
        return False
    upper = _prev_nonblank(lines, above)
    if upper is None or lines[upper].kind != _PARA:
        return False
    j = cluster[-1] + 1
    while j < len(lines) and lines[j].kind != _BLANK and not _headline_like(lines[j]):
        if lines[j].kind == _PARA or (lines[j].kind in _META and j not in cluster):
            return False
        j += 1
    return True


def _headline_like(line: _Line) -> bool:
    """Whether a short line reads as a headline of four words or more (it opens the next story)."""
    return line.kind == _SHORT and looks_like_title(line.text) and len(_WORD.findall(line.text)) >= 4


def _title_follows(lines: list[_Line], i: int) -> bool:
    below = _next_nonblank(lines, i)
    return below is not None and lines[below].kind == _SHORT and looks_like_title(_clean_title(lines[below].text))


def _opens_item(lines: list[_Line], i: int, prev: _Header | None) -> bool:
    """Whether a clock line at `i` opens an item: right after a separator or story-ending line, or with nothing
    but furniture since the page's top or a dated list heading (an article's header with an author over
    clock-stamped entries is a live page)."""
    prev_end = prev.end if prev else -1
    authored = prev is not None and any(lines[j].kind == _BYL for j in range(prev.start, prev.end + 1))
    if not authored and all(lines[j].kind in (_BLANK, _FURN) for j in range(prev_end + 1, i)):
        return True
    above = _prev_nonblank(lines, i)
    return above is not None and lines[above].ends


def _in_menu(lines: list[_Line], word: str) -> bool:
    """Whether a one-word outlet is also a short line of the page (a menu's section, "Economie") or an item of a list
    line ("Alerts: Breaking · Flash · Sport · Weather")."""
    key = _key(word)
    return any(l.kind in (_SHORT, _FURN) and (_key(l.text) == key or key in _list_keys(l.text)) for l in lines)


def _list_keys(text: str) -> set[str]:
    """The items of a line that lists three or more short items apart by dots or bars, an item's label cut off."""
    parts = [p for p in _DOT_SPLIT.split(text.split(":", 1)[-1]) if p.strip()]
    return {_key(p) for p in parts} if len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts) else set()


def _header(lines: list[_Line], cluster: list[int]) -> _Header | None:
    first, last = cluster[0], cluster[-1]
    # Bullet outlet lines right after the meta belong to the header.
    j = last + 1
    while j < len(lines) and lines[j].kind in (_BLANK, _BULLET) + _META and not lines[j].clock:
        last = j if lines[j].kind != _BLANK else last
        j += 1
    members = [lines[i] for i in range(first, last + 1)]
    # One word before a relative time that is also a line of the page's menu is a section ("Economie · 3 oris
    # indaûr"), not the outlet.
    source = next((l.source for l in members if l.kind in (_TIME, _BYL, _DATE) and l.source
                   and not (l.kind == _TIME and " " not in l.source.strip() and _in_menu(lines, l.source))), None)
    rel = next((l.rel for l in members if l.rel), None)
    date = next((l.date for l in members if l.date), None)
    start = first
    skip: set[int] = set()
    # An outlet name on the line just above a bare time line: a name with an outlet's word or a domain (a bare name
    # there was an author or a heading on every corpus page that had one: "Kieran Alleyne" / "2 hours ago").
    prev = _prev_nonblank(lines, first)
    outlet_line = None
    if source is None and prev is not None and lines[prev].kind == _SHORT \
            and (_is_site_name(lines[prev].text) or _DOMAIN.match(lines[prev].text)) and lines[first].kind == _TIME:
        outlet_line = prev
    if source is None:
        source = next((l.source for l in members if l.kind == _BULLET), None)
        if source is None and outlet_line is not None:
            source = lines[outlet_line].text
    # The headline: just above the header (only blanks, the outlet, bylines or a standfirst
    # between), or else just below it.
    above_from = outlet_line if outlet_line is not None else first
    above = _prev_nonblank(lines, above_from)
    # Bylines and sponsor credits ("In partnership with ...") sit between a headline and its meta lines.
    while above is not None and ((lines[above].kind == _SHORT and _BYLINE.match(lines[above].text))
                                 or (lines[above].kind == _FURN and _SPONSOR.match(_probe(lines[above].text)))):
        skip.add(above)
        above = _prev_nonblank(lines, above)
    # An image block or label between the headline and its meta lines (no blank line between): look over it.
    furn_run, k = 0, above
    while k is not None and k > 0 and lines[k].kind == _FURN and not lines[k].ends and furn_run < 5 \
            and lines[k - 1].kind != _BLANK:
        k, furn_run = k - 1, furn_run + 1
    if furn_run and k is not None and lines[k].kind == _SHORT and len(_WORD.findall(lines[k].text)) >= 3 \
            and looks_like_title(_clean_title(lines[k].text)) and not _label_like(lines[k].text):
        above = k
    elif furn_run and k is not None and lines[k].kind == _PARA and len(_WORD.findall(lines[k].text)) <= 60:
        above = k  # a standfirst over the image block: the headline is looked for over it (below)
    if above is not None and lines[above].kind == _SHORT and _is_person(_probe(lines[above].text), max_words=4) \
            and len(lines[above].text.split()) >= 2 and (para := _prev_nonblank(lines, above)) is not None \
            and (lines[para].kind == _PARA or (lines[para].kind == _SHORT and len(_WORD.findall(lines[para].text)) >= 8)) \
            and len(_WORD.findall(lines[para].text)) <= 60 \
            and (head := _prev_nonblank(lines, para)) is not None and lines[head].kind == _SHORT \
            and looks_like_title(_clean_title(lines[head].text)):
        # A bare author name between the standfirst (maybe without a full stop) and the date line ("Jana Dvořáková" /
        # "14. listopadu 2025").
        skip.add(above)
        above = para
    title_above = None
    if above is not None and lines[above].kind == _SHORT and looks_like_title(_clean_title(lines[above].text)):
        title_above = above
        upper = above - 1
        # Two headline-like lines: the first is the headline, the second its deck or standfirst.
        if upper >= 0 and lines[upper].kind == _SHORT and _key(lines[upper].text) != _key(lines[above].text) \
                and looks_like_title(_clean_title(lines[upper].text)) and len(_WORD.findall(lines[upper].text)) >= 4 \
                and not _label_like(lines[upper].text):
            title_above = upper
        elif _label_like(lines[above].text) and upper >= 0 and lines[upper].kind == _SHORT \
                and looks_like_title(_clean_title(lines[upper].text)) and not _label_like(lines[upper].text):
            title_above = upper
        else:
            # A headline over a label line (a kicker, a section) and a place or programme line over the meta
            # ("BRIEFINGS AND STATEMENTS" / "State Emergency Operations Center, Carrow" / date): the line over
            # the meta belongs to the header.
            while upper >= 0 and lines[upper].kind == _FURN and not lines[upper].ends:
                upper -= 1
            if upper < above - 1 and upper >= 0 and lines[upper].kind == _SHORT \
                    and looks_like_title(_clean_title(lines[upper].text)) and len(_WORD.findall(lines[upper].text)) >= 4 \
                    and not _label_like(lines[upper].text):
                title_above = upper
                skip.add(above)
    elif above is not None and lines[above].kind == _PARA and len(_WORD.findall(lines[above].text)) <= 60:
        # A standfirst between the headline and the meta lines.
        head = _prev_nonblank(lines, above)
        if _question_head(lines, above) \
                and (head is None or lines[head].kind != _SHORT or _label_like(lines[head].text)):
            title_above = above  # ... or a question right over them, under a kicker, is the headline itself
        elif head is not None and (lines[head].kind == _SHORT or _question_head(lines, head)) \
                and looks_like_title(_clean_title(lines[head].text)) and not _is_person(_probe(lines[head].text), max_words=3):
            title_above = head
    if title_above is not None and (box_over := _over_highlights(lines, above)) != above:
        title_above = box_over
    below = _next_nonblank(lines, last)
    while below is not None and lines[below].kind == _FURN:
        below = _next_nonblank(lines, below)
    title_below = None
    # An outlet's name over the next story's headline is not this header's headline.
    if below is not None and lines[below].kind == _SHORT and looks_like_title(lines[below].text) \
            and not _BYLINE.match(lines[below].text) and not _outlet_over_headline(lines, below):
        title_below = below
    section_label = None
    if title_above is not None and title_below is not None and title_above == above \
            and len(_WORD.findall(lines[above].text)) == 1 and _in_menu_run(lines, lines[above].text):
        # A section of the menu over the meta lines ("RÉGIONS" / date / headline): a label; the headline is under them.
        section_label, title_above = above, None
    masthead = False
    if title_above is not None and title_below is not None and source is None and date and outlet_line is None \
            and title_above == above and _issuer_over_headline(lines, title_above, title_below) \
            and (after := _deck_skipped(lines, _next_nonblank(lines, title_below))) is not None \
            and lines[after].kind == _PARA:
        # A paper's name over its issue date, the stories below ("THE EVENING LEDGER" / date / headline / text):
        # the name is the outlet of the page's stories, the date their date.
        source, masthead = _probe(lines[title_above].text), True
        start, title_above = title_above, None
    only_bylines = all(l.kind in (_BYL, _BLANK) and not (l.source or l.rel or l.date) for l in members)
    if only_bylines and title_above is None:
        # A bare author line without a headline above it is a credit, not a header.
        for i in range(first, last + 1):
            if lines[i].kind == _BYL:
                lines[i].kind = _FURN
        return None
    if title_above is None and title_below is None and outlet_line is not None \
            and not any(l.kind == _BULLET for l in members):
        # The "outlet" was the only headline-like line: it is the headline.
        title_above, source, outlet_line = outlet_line, None, None
    title = None
    keys: set[str] = set()
    body_from = last + 1
    if title_above is not None:
        title = _clean_title(lines[title_above].text)
        start = title_above
        body_from = title_above + 1
        k = _prev_nonblank(lines, title_above)
        while k is not None and _key(lines[k].text) == _key(title):
            start = k
            k = _prev_nonblank(lines, k)
        if title_below is not None and _key(lines[title_below].text) == _key(title):
            last = title_below
        # An outlet name right above the headline ("Valley Courier" / headline / "2 hours ago").
        if source is None and k is not None and k == start - 1 and lines[k].kind == _SHORT \
                and _is_site_name(_probe(lines[k].text)):
            source, start = _probe(lines[k].text), k
        elif source is None and k is not None and k == start - 1 and lines[k].kind == _TIME and lines[k].source \
                and not (rel or date):
            # An aggregator's "OUTLET · 2h" over the headline, the byline under it ("By NAME")
            source, rel, start = lines[k].source, lines[k].rel, k
    elif title_below is not None:
        title = _clean_title(lines[title_below].text)
        last = title_below
        body_from = last + 1
        if not masthead:
            start = outlet_line if outlet_line is not None else first
        if section_label is not None:
            start = section_label
            skip.add(section_label)
    else:
        start = outlet_line if outlet_line is not None else first
    if outlet_line is not None:
        skip.add(outlet_line)
    if title:
        keys.add(_key(title))
        # Further copies of the headline directly below the header are part of it.
        k = _next_nonblank(lines, last)
        while k is not None and _key(lines[k].text) == _key(title):
            last = k
            k = _next_nonblank(lines, k)
    return _Header(start=start, end=last, title=title, title_keys=keys, source=source, rel=rel, date=date,
                   body_from=body_from, skip=skip, masthead=masthead)


def _over_highlights(lines: list[_Line], i: int) -> int:
    """The headline over a highlights box between it and the meta lines: two or more bulleted lines, maybe under a
    one-word label ("Highlights"), are the box (furniture), the headline is above them; else `i` itself."""
    run, k = [], i
    while k is not None and lines[k].kind == _SHORT and lines[k].text[:1] in _LIST_BULLETS:
        run.append(k)
        k = _prev_nonblank(lines, k)
    if len(run) < 2 or k is None:
        return i
    if lines[k].kind == _SHORT and len(_WORD.findall(lines[k].text)) == 1:
        run.append(k)
        k = _prev_nonblank(lines, k)
    if k is None or lines[k].kind != _SHORT or len(_WORD.findall(lines[k].text)) < 3 \
            or not looks_like_title(_clean_title(lines[k].text)):
        return i
    for j in run:
        lines[j].kind = _FURN
    return k


def _question_head(lines: list[_Line], i: int) -> bool:
    """A question read as a paragraph that heads a block ("Why is the ferry being nationalised?" over a standfirst):
    short, ending in a question mark, with no paragraph right above it."""
    above = _prev_nonblank(lines, i)
    return lines[i].kind == _PARA and lines[i].text.rstrip("\"'’”»)").endswith("?") \
        and len(_WORD.findall(lines[i].text)) <= 20 and (above is None or lines[above].kind != _PARA)


def _deck_skipped(lines: list[_Line], i: int | None) -> int | None:
    """The line at `i`, or the one after it when it is a deck (a headline-like line over a paragraph)."""
    if i is not None and lines[i].kind == _SHORT and looks_like_title(_clean_title(lines[i].text)) \
            and (j := _next_nonblank(lines, i)) is not None and lines[j].kind == _PARA:
        return j
    return i


def _issuer_over_headline(lines: list[_Line], name: int, headline: int) -> bool:
    """Whether a line over a date line names the paper or the issuing office rather than heading the story under
    them: a name with an outlet word, or a short name with only meta lines between it and a longer line, the name
    repeated on the page or the longer line rated likelier a headline by the line model."""
    text = _probe(lines[name].text)
    if _is_site_name(text):
        return True
    words, below = len(_WORD.findall(text)), len(_WORD.findall(lines[headline].text))
    # The issuer's name comes again on the page (its contact box); else the line model's headline call decides.
    # (A one-word section of the menu over its story is no issuer: `_header` sets it apart before asking.)
    again = sum(1 for line in lines if _key(line.text) == _key(text)) >= 2
    return _is_masthead(text) and words <= 4 and below >= max(5, 2 * words) \
        and all(lines[k].kind in _META for k in range(name + 1, headline)) \
        and (again or lines[headline].p_title > lines[name].p_title)


def _in_menu_run(lines: list[_Line], text: str) -> bool:
    """Whether a line with the same words sits among four or more one- or two-word lines in a row (a menu)."""
    key = _key(text)
    for i, line in enumerate(lines):
        if _key(line.text) == key:
            run = [l for l in lines[max(0, i - 3):i + 4] if l.kind != _BLANK]
            if sum(1 for l in run if len(_WORD.findall(l.text)) <= 2) >= 5:
                return True
    return False


def _label_like(text: str) -> bool:
    """A label rather than a headline: fewer than three words of letters, or a third of its words numbers
    ("Release No. 25-311", "1 of 4", "Kelby Town 3-0 Marsh United", "1938 – 2025")."""
    words = _WORD.findall(text)
    letters = [w for w in words if _TWO_LETTERS.search(w)]
    return len(letters) < 3 or sum(1 for w in words if w.isdigit()) * 3 >= len(words)


def _clean_title(text: str) -> str:
    return _MD_HEADING.sub("", text).strip()


def _prev_nonblank(lines: list[_Line], i: int) -> int | None:
    j = i - 1
    while j >= 0 and lines[j].kind == _BLANK:
        j -= 1
    return j if j >= 0 else None


def _next_nonblank(lines: list[_Line], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and lines[j].kind == _BLANK:
        j += 1
    return j if j < len(lines) else None


def _lead_article(lines: list[_Line], start: int, end: int, trailing_gap: bool,
                  items_follow: bool = False) -> PageArticle | None:
    """The article at the top of a page, before any header: title from its first lines (no article when it is
    only a blurb over the page's headed stories or list items, `items_follow`)."""
    idx = [i for i in range(start, end) if lines[i].kind != _BLANK]
    first_para = next((i for i in idx if lines[i].kind == _PARA), None)
    if first_para is None:
        return None
    head = [i for i in idx if i < first_para and lines[i].kind == _SHORT]
    title_idx = None
    counts = Counter(_key(lines[i].text) for i in head)
    doubled = [i for i in head if counts[_key(lines[i].text)] > 1 and looks_like_title(lines[i].text)]
    if doubled:
        title_idx = doubled[0]
    else:
        title_idx = next((i for i in head if looks_like_title(_clean_title(lines[i].text))), None)
        # A heading over a box at the top (a consent or welcome box, its text already furniture) may come
        # before the headline: of the headline-like lines over the first paragraph, the model's likeliest wins.
        over_para = [i for i in head if looks_like_title(_clean_title(lines[i].text))
                     and (j := _next_nonblank(lines, i)) is not None and lines[j].kind == _PARA]
        if title_idx is not None and over_para \
                and max(lines[i].p_title for i in over_para) > lines[title_idx].p_title:
            title_idx = max(over_para, key=lambda i: lines[i].p_title)
    keys: set[str] = set()
    body_from = start
    title = None
    if title_idx is not None:
        title = _clean_title(lines[title_idx].text)
        keys.add(_key(title))
        body_from = title_idx + 1
    date = next((lines[i].date for i in idx if lines[i].date and i <= first_para), None)
    body = _body(lines, body_from, end, keys, trailing_gap=trailing_gap)
    if not body:
        return None
    if title is None and all(lines[i].p_furn >= 0.5 for i in idx if lines[i].kind == _PARA):
        return None  # no headline over text the model reads as furniture (a ticker strip, a promo)
    if (title is None or (items_follow and len(_WORD.findall(title)) <= 4)) and trailing_gap and "\n" not in body \
            and len(_WORD.findall(body)) <= 25:
        # One short line of text over the page's headed stories, untitled or under a short heading over two or
        # more of them ("Public notices" / "Notices published this week."): a site or list blurb.
        return None
    return PageArticle(title=title or derive_title(body), text=body, date=date, source=_dateline_agency(body))


def _body(lines: list[_Line], start: int, end: int, title_keys: set[str], trailing_gap: bool,
          skip: set[int] | frozenset[int] = frozenset()) -> str:
    """Body lines between two headers, furniture, header lines and headline copies removed."""
    idx = [i for i in range(start, end) if lines[i].kind != _BLANK and i not in skip]
    keep: list[int] = []
    for i in idx:
        line = lines[i]
        if line.kind in (_FURN, _BULLET) + _META or (_key(line.text) in title_keys and line.kind != _PARA):
            continue
        # A short line glued to the furniture right below it (a newsletter box's heading).
        if line.kind == _SHORT and i + 1 < end and lines[i + 1].kind == _FURN:
            continue
        keep.append(i)
    # After a line that closes a story (a tip box, a wire credit, a rule), text the model reads as furniture
    # (readers' comments, a promo) is not the story's.
    closer = next((i for i in idx if lines[i].ends and any(lines[k].kind == _PARA for k in keep if k < i)), None)
    if closer is not None and all(lines[k].p_furn >= 0.5 for k in keep if k > closer and lines[k].kind == _PARA):
        keep = [k for k in keep if k < closer]
    paras = [i for i in keep if lines[i].kind == _PARA]
    if not paras:
        return ""
    # Short lines over the first paragraph that close no sentence (an author's name, a reading time, a
    # "Type:" label) belong to the byline area: a standfirst is a sentence. One over other short lines
    # heads a list ("Key points") and stays.
    following = {a: b for a, b in zip(idx, idx[1:])}
    keep = [i for i in keep if i > paras[0] or lines[i].kind != _SHORT or _SENT_END.search(lines[i].text)
            or len(_WORD.findall(lines[i].text)) > _BYLINE_AREA_WORDS
            or (i in following and lines[following[i]].kind == _SHORT)]
    # A closing paragraph that gives an e-mail address (a reporter's contact line, an author box) is not
    # the story, and neither are the short lines over it (the box's heading, the author's name).
    if len(paras) > 1 and line_model.EMAIL.search(lines[paras[-1]].text) \
            and len(_WORD.findall(lines[paras[-1]].text)) <= _CONTACT_WORDS:
        keep = [i for i in keep if i <= paras[-2]]
        paras = paras[:-1]
    last_para = paras[-1]
    # Short lines after the last paragraph are the gap before the next header, or
    # trailing furniture when they come with other furniture.
    tail = [i for i in keep if i > last_para]
    if tail and (trailing_gap or any(lines[i].kind == _FURN for i in idx if i > last_para)):
        keep = [i for i in keep if i <= last_para]
    # A pull quote repeats words of a paragraph of the same article.
    para_keys = [_key(lines[i].text) for i in paras]
    keep = [i for i in keep if lines[i].kind == _PARA or len(_WORD.findall(lines[i].text)) < 5
            or not any(_key(lines[i].text) in k for k in para_keys)]
    return "\n".join(_clean_title(lines[i].text) if lines[i].text.startswith("#") else lines[i].text for i in keep)
