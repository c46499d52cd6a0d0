"""Real dates: absolute dates normalised to ISO 8601, relative ones resolved against a capture time.

A scraped page says "21 hours ago", "Reuters · 3h" or "vor 3 Stunden": true when the page was
captured, wrong a week later. Such a date is resolved against the page's capture time, taken
from the first of these that is known (`capture_time`):

1. a date in the page itself ("page": the newest absolute date the page gives) or its HTML
   metadata ("html": a published/modified date-time in the page's meta tags, else the date
   trafilatura finds);
2. `factdesk index --captured-at ISO` ("captured_at_flag");
3. a JSONL record's `captured_at` field ("captured_at");
4. the file's modification time ("file_mtime").

How `Article.date` was obtained is recorded in `Article.date_source` (`DateSource`): "page",
"html" or "jsonl" for a date given as such, "relative_to_<capture source>" for a resolved one.

Precision: `date` is a day (YYYY-MM-DD), except for a relative time in seconds, minutes or
hours ("3h", "21 hours ago", "just now") resolved against a capture time that has a time of day:
then it is a UTC date-time, "YYYY-MM-DDTHH:MMZ". A capture time given as a day only counts as
noon of that day, so "21 hours ago" falls on the day before. Times without a zone are UTC.
Months and years ago are calendar months and years (the day clamped to the month's length).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Iterable, Literal, Sequence, TypeVar

from qa.ingest.cldr import TABLES
from qa.records import DateSource

CaptureSource = Literal["page", "html", "captured_at_flag", "captured_at", "file_mtime"]
Unit = Literal["second", "minute", "hour", "day", "week", "month", "year"]


@dataclass(frozen=True)
class Moment:
    """A point in time, and whether its time of day is known (else it is a day at 00:00 UTC)."""

    when: datetime  # timezone-aware
    has_time: bool

    def iso(self) -> str:
        """ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MMZ" (UTC) when the time of day is known."""
        if not self.has_time:
            return self.when.date().isoformat()
        return self.when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%MZ")


@dataclass(frozen=True)
class CaptureTime:
    """When a page was captured, and where that was learnt."""

    moment: Moment
    source: CaptureSource


@dataclass(frozen=True)
class Relative:
    """A parsed relative date: `amount` units before the capture time."""

    amount: int
    unit: Unit


@dataclass(frozen=True)
class ResolvedDate:
    """An article's ISO date and how it was obtained (both None when the article is undated)."""

    date: str | None
    source: DateSource | None


# ------------------------------------------------------------------------------ patterns of many phrases


def trie_pattern(phrases: Iterable[str], number: str = r"\d{1,4}") -> str:
    """One regular expression that matches any of `phrases`, as a trie (fast with thousands of them).

    Args:
        phrases: lower-case phrases; a space matches any run of white space, "{0}" a number (with optional space
            on its sides where something stands beside it).
        number: the pattern "{0}" stands for.

    Returns:
        A non-capturing group that tries longer phrases first; use it with re.IGNORECASE.
    """
    root: dict = {}
    for phrase in phrases:
        node = root
        for token in re.findall(r"\{0\}| +|.", re.sub(r" *\{0\} *", "{0}", phrase.strip())):
            node = node.setdefault(" " if token.isspace() else token, {})
        node[""] = {}

    def render(node: dict, at_root: bool) -> str:
        branches = []
        for token in sorted(k for k in node if k):
            if token == "{0}":
                head = ("" if at_root else r"\s*") + number + (r"\s*" if any(node[token]) else "")
            else:
                # (a straight and a curly apostrophe alike: the CLDR's "d’abril" is typed "d'abril")
                head = r"\s+" if token == " " else "['’]" if token in "'’" else re.escape(token)
            branches.append(head + render(node[token], False))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + render(root, True) + ")"


# The CLDR's month names, weekdays, relative-time patterns and day words (qa/ingest/cldr.py); the hand-written
# tables below take precedence where they name the same word.
_CLDR = TABLES

# ------------------------------------------------------------------------------ absolute dates

# Month names in English, German, Spanish, French, Italian, Dutch, Portuguese, Norwegian, Danish, Swedish,
# Polish and Czech, with the usual abbreviations
# (the page splitter recognises date lines with the same table).
_HAND_MONTHS = {
    **{m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                   "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                   "september", "oktober", "november", "dezember"], 1)},
    **{m: i for i, m in enumerate(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                   "septiembre", "octubre", "noviembre", "diciembre"], 1)},
    **{m: i for i, m in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"], 1)},
    **{m: i for i, m in enumerate(["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                                   "settembre", "ottobre", "novembre", "dicembre"], 1)},
    **{m: i for i, m in enumerate(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                                   "september", "oktober", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
                                   "setembro", "outubro", "novembro", "dezembro"], 1)},
    **{m: i for i, m in enumerate(["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                                   "september", "oktober", "november", "desember"], 1)},
    **{m: i for i, m in enumerate(["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                                   "september", "oktober", "november", "december"], 1)},
    # Polish and Czech months in the nominative and in the genitive of a date ("12 listopada 2025",
    # "14. listopadu 2025").
    **{m: i for i, m in enumerate(["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
                                   "wrzesień", "październik", "listopad", "grudzień"], 1)},
    **{m: i for i, m in enumerate(["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                                   "września", "października", "listopada", "grudnia"], 1)},
    **{m: i for i, m in enumerate(["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen",
                                   "září", "říjen", "listopad", "prosinec"], 1)},
    **{m: i for i, m in enumerate(["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
                                   "září", "října", "listopadu", "prosince"], 1)},
    # Turkish, Romanian, Indonesian, Hungarian and Finnish (the partitive of a date: "14. marraskuuta 2025"),
    # Russian and Ukrainian (nominative and the genitive of a date: "13 ноября 2025").
    **{m: i for i, m in enumerate(["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
                                   "ekim", "kasım", "aralık"], 1)},
    **{m: i for i, m in enumerate(["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
                                   "septembrie", "octombrie", "noiembrie", "decembrie"], 1)},
    **{m: i for i, m in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                   "september", "oktober", "november", "desember"], 1)},
    **{m: i for i, m in enumerate(["január", "február", "március", "április", "május", "június", "július", "augusztus",
                                   "szeptember", "október", "november", "december"], 1)},
    **{m: i for i, m in enumerate(["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
                                   "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"], 1)},
    **{m: i for i, m in enumerate(["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                                   "октябрь", "ноябрь", "декабрь"], 1)},
    **{m: i for i, m in enumerate(["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                                   "октября", "ноября", "декабря"], 1)},
    **{m: i for i, m in enumerate(["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
                                   "вересня", "жовтня", "листопада", "грудня"], 1)},
    **{m: i for i, m in enumerate(["ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου",
                                   "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"], 1)},
    # Arabic (the Gregorian months as written in Egypt and the Gulf)
    **{m: i for i, m in enumerate(["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                                   "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"], 1)},
    "ابريل": 4, "إبريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8, "اكتوبر": 10,
    # Hindi
    **{m: i for i, m in enumerate(["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
                                   "अक्टूबर", "नवंबर", "दिसंबर"], 1)},
    "फ़रवरी": 2, "सितम्बर": 9, "अक्तूबर": 10, "नवम्बर": 11, "दिसम्बर": 12,
    # Albanian, and Bengali (the Gregorian months as Bangladesh and West Bengal write them)
    **{m: i for i, m in enumerate(["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator",
                                   "tetor", "nëntor", "dhjetor"], 1)},
    **{unicodedata.normalize("NFC", m): i for i, m in enumerate(
        ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর",
         "ডিসেম্বর"], 1)},
    **{unicodedata.normalize("NFC", m): i for m, i in {"জানুয়ারী": 1, "ফেব্রুয়ারী": 2, "অগাস্ট": 8, "আগষ্ট": 8}.items()},
    # the same with the precomposed ya-nukta (U+09DF), which NFC never produces but raw text may hold
    **{unicodedata.normalize("NFC", m).replace("\u09af\u09bc", "\u09df"): i
       for m, i in {"জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "জানুয়ারী": 1, "ফেব্রুয়ারী": 2}.items()},
    # Basque (nominative, and the genitive of a date: "2025eko abenduaren 16a"), Georgian (nominative and
    # genitive) and Urdu
    **{m: i for i, m in enumerate(["urtarrila", "otsaila", "martxoa", "apirila", "maiatza", "ekaina", "uztaila",
                                   "abuztua", "iraila", "urria", "azaroa", "abendua"], 1)},
    **{m: i for i, m in enumerate(["urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren", "ekainaren",
                                   "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren", "abenduaren"], 1)},
    **{m: i for i, m in enumerate(["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
                                   "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"], 1)},
    **{m: i for i, m in enumerate(["იანვრის", "თებერვლის", "მარტის", "აპრილის", "მაისის", "ივნისის", "ივლისის",
                                   "აგვისტოს", "სექტემბრის", "ოქტომბრის", "ნოემბრის", "დეკემბრის"], 1)},
    **{m: i for i, m in enumerate(["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
                                   "اکتوبر", "نومبر", "دسمبر"], 1)},
    # Azerbaijani, Maltese ("18 ta' Diċembru 2025") and Tamil
    **{m: i for i, m in enumerate(["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
                                   "oktyabr", "noyabr", "dekabr"], 1)},
    **{m: i for i, m in enumerate(["jannar", "frar", "marzu", "april", "mejju", "ġunju", "lulju", "awwissu",
                                   "settembru", "ottubru", "novembru", "diċembru"], 1)},
    **{m: i for i, m in enumerate(["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்",
                                   "அக்டோபர்", "நவம்பர்", "டிசம்பர்"], 1)},
    # Hausa and Irish
    **{m: i for i, m in enumerate(["janairu", "fabrairu", "maris", "afrilu", "mayu", "yuni", "yuli", "agusta", "satumba",
                                   "oktoba", "nuwamba", "disamba"], 1)},
    **{m: i for i, m in enumerate(["eanáir", "feabhra", "márta", "aibreán", "bealtaine", "meitheamh", "iúil", "lúnasa",
                                   "meán fómhair", "deireadh fómhair", "samhain", "nollaig"], 1)},
    # Armenian (nominative and the genitive of a date: "հունվարի 16, 2026"), Kazakh, Uzbek ("15-yanvar, 2026-yil")
    # and Marathi
    **{m: i for i, m in enumerate(["հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս",
                                   "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր"], 1)},
    **{m: i for i, m in enumerate(["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի",
                                   "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"], 1)},
    **{m: i for i, m in enumerate(["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
                                   "қазан", "қараша", "желтоқсан"], 1)},
    "avgust": 8,
    **{m: i for i, m in enumerate(["जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट", "सप्टेंबर",
                                   "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर"], 1)},
    # Punjabi (Gurmukhi) and Sinhala
    **{m: i for i, m in enumerate(["ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ",
                                   "ਨਵੰਬਰ", "ਦਸੰਬਰ"], 1)},
    "ਫਰਵਰੀ": 2, "ਸਿਤੰਬਰ": 9,
    **{m: i for i, m in enumerate(["ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
                                   "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්"], 1)},
    "අප්රේල්": 4,
    # Lao and Malayalam
    **{m: i for i, m in enumerate(["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ",
                                   "ພະຈິກ", "ທັນວາ"], 1)},
    **{m: i for i, m in enumerate(["ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ്",
                                   "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ"], 1)},
    "മെയ്": 5,
    # Telugu, Burmese, and Belarusian (the genitive of a date: "11 лютага 2026")
    **{m: i for i, m in enumerate(["జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు", "సెప్టెంబర్",
                                   "అక్టోబర్", "నవంబర్", "డిసెంబర్"], 1)},
    "జులై": 7, "ఆగష్టు": 8, "సెప్టెంబరు": 9, "అక్టోబరు": 10, "నవంబరు": 11, "డిసెంబరు": 12,
    **{m: i for i, m in enumerate(["ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ",
                                   "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"], 1)},
    "သြဂုတ်": 8,
    **{m: i for i, m in enumerate(["студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня",
                                   "верасня", "кастрычніка", "лістапада", "снежня"], 1)},
    # Further languages, twelve names each (a short name cannot misread text: a date needs its day and year beside it),
    # where the CLDR's (cldr.json) lack or differ from the forms pages write: Latvian (locative), Lithuanian (genitive,
    # also read in its year-first order), Croatian and Bosnian (genitive), Hebrew with ב ("in"), Levantine Arabic,
    # the Gregorian months in Persian, Kannada, Odia, Gujarati, Nepali, Somali, Haitian Creole, Breton, Samoan,
    # Maori's own, Tetum, Quechua's own, and Kurdish (Sorani, bare and with its ezafe: "١٣ی شوباتی ٢٠٢٦"). A name a
    # table above already has maps to the same month; Croatian "listopada" (October) is left out, Polish "listopada"
    # is November.
    **{m: i for names in (
        "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
        "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
        "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna - studenoga prosinca",
        "januara februara marta aprila maja juna jula augusta septembra oktobra novembra decembra",
        "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
        "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
        "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
        "ಜನವರಿ ಫೆಬ್ರುವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",
        "ଜାନୁଆରୀ ଫେବୃଆରୀ ମାର୍ଚ୍ଚ ଏପ୍ରିଲ ମେ ଜୁନ ଜୁଲାଇ ଅଗଷ୍ଟ ସେପ୍ଟେମ୍ବର ଅକ୍ଟୋବର ନଭେମ୍ବର ଡିସେମ୍ବର",
        "જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઓગસ્ટ સપ્ટેમ્બર ઓક્ટોબર નવેમ્બર ડિસેમ્બર",
        "जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर",
        "janaayo febraayo maarso abriil maajo juun luuliyo ogosto sebtembar oktoobar nofembar desembar",
        "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm",
        "genver c'hwevrer meurzh ebrel mae mezheven gouere eost gwengolo here du kerzu",
        "ianuari fepuari mati aperila me iuni iulai aukuso setema oketopa novema tesema",
        "کانوونی_دووەم شوبات ئازار نیسان ئایار حوزەیران تەممووز ئاب ئەیلوول تشرینی_یەکەم تشرینی_دووەم کانوونی_یەکەم",
        "کانوونی_دووەمی شوباتی ئازاری نیسانی ئایاری حوزەیرانی تەممووزی ئابی ئەیلوولی تشرینی_یەکەمی تشرینی_دووەمی "
        "کانوونی_یەکەمی",
        # Maori's own month names (the CLDR has the borrowed ones, "Māehe"), Tetum's the CLDR lacks
        "kohitātea huitanguru poutūterangi paengawhāwhā haratua pipiri hōngongoi hereturikōkā mahuru "
        "whiringa-ā-nuku whiringa-ā-rangi hakihea",
        "- - - abríl - juñu jullu - - - - -",
        # Quechua's own (Cusco; January's and December's names differ between sources and are left out)
        "- hatun_puquy_killa pawqar_waray_killa ayriway_killa aymuray_killa inti_raymi_killa anta_situwa_killa "
        "qhapaq_situwa_killa quya_raymi_killa uma_raymi_killa aya_marq'ay_killa -",
    ) for i, m in enumerate((n.replace("_", " ") for n in names.split()), 1) if m != "-"},
    "ಫೆಬ್ರವರಿ": 2, "ಜೂಲೈ": 7,
    # Khmer
    **{m: i for i, m in enumerate(["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា",
                                   "វិច្ឆិកា", "ធ្នូ"], 1)},
    "जाने": 1, "फेब्रु": 2, "ऑग": 8, "सप्टें": 9, "ऑक्टो": 10, "नोव्हें": 11, "डिसें": 12,
    "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9,
    "fev": 2, "des": 12,
    "mrt": 3,
    "gen": 1, "giu": 6, "lug": 7, "ott": 10,
    "jänner": 1, "setiembre": 9, "sept": 9, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12,
    "mär": 3, "okt": 10, "dez": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    **{m[:3]: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)},
}
# and every other CLDR language's (the names above take precedence where both name a word)
MONTHS = {**_CLDR["months"], **_HAND_MONTHS}
# (its abbreviation mark after it: a full stop, or Assamese's apostrophe, "৮ মে’, ২০২৬")
_MONTH = trie_pattern(MONTHS) + r"[.’]?(?![^\W\d_])"
# The rarer orders (a year first, a hyphen after the day) with the months of the languages that write them,
# above: the CLDR's thousands in every slot of the grammar would make it slow to compile.
_HAND_MONTH = trie_pattern(_HAND_MONTHS) + r"\.?(?![^\W\d_])"
# The Solar Hijri months, as Iran writes them and as Afghanistan does (the zodiac names): a date in this
# calendar ("۲۵ آذر ۱۴۰۴") is converted to the Gregorian day (`solar_hijri_to_gregorian`).
SOLAR_HIJRI_MONTHS = {
    **{m: i for i, m in enumerate(["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
                                   "دی", "بهمن", "اسفند"], 1)},
    **{m: i for i, m in enumerate(["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی",
                                   "دلو", "حوت"], 1)},
    "امرداد": 5, "جوزاء": 3,
}
# The Thai months, in full and abbreviated ("16 ธ.ค. 2568"); Thai dates count years in the Buddhist era
# (543 years ahead), so a year past 2400 is converted (`date_of`).
THAI_MONTHS = {
    **{m: i for i, m in enumerate(["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
                                   "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"], 1)},
    **{m: i for i, m in enumerate(["ม.ค", "ก.พ", "มี.ค", "เม.ย", "พ.ค", "มิ.ย", "ก.ค", "ส.ค", "ก.ย", "ต.ค", "พ.ย", "ธ.ค"], 1)},
}
# The Ethiopian months in Amharic: a date in this calendar ("ታኅሣሥ 9 ቀን 2018 ዓ.ም", "ታኅሣሥ 9/2018") is converted to
# the Gregorian day (`ethiopian_to_gregorian`).
ETHIOPIAN_MONTHS = {
    **{m: i for i, m in enumerate(["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ",
                                   "ሐምሌ", "ነሐሴ", "ጳጉሜ"], 1)},
    "ህዳር": 3, "ታህሳስ": 4, "ታኅሳስ": 4, "ጳጉሜን": 13,
}
# The Syriac month names Arabic writes after the Egyptian ones of the same month ("12 يوليو/تموز 2026").
_ARABIC_SECOND_MONTH = (r"(?:\s*/\s*(?:كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|"
                        r"كانون الأول))?")
_ETHIOPIAN_MONTH = "(?:" + "|".join(sorted(ETHIOPIAN_MONTHS, key=len, reverse=True)) + ")"
_THAI_MONTH = "(?:" + "|".join(sorted(map(re.escape, THAI_MONTHS), key=len, reverse=True)) + r")\.?"
_SOLAR_HIJRI_MONTH = "(?:" + "|".join(sorted(map(re.escape, SOLAR_HIJRI_MONTHS), key=len, reverse=True)) + ")"
_ZONES = {"utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 1, "cet": 1, "mez": 1, "cest": 2, "mesz": 2, "eet": 2,
          "eest": 3, "msk": 3, "ist": 5.5, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
          "pst": -8, "pdt": -7}
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
                  r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
                  r"(?!\d)", re.IGNORECASE)
# The one grammar of a written date, shared with the page splitter (qa/ingest/pages.py), which embeds
# DATE_PATTERN in its line patterns and reads a match with `date_of`: ISO 8601; day-month-year with a month name
# ("3 November 2025", "3rd Nov. 2025", "3. November 2025", "3 de noviembre de 2025", "13 ноября 2025");
# month-day-year ("Nov. 3, 2025", "May 3rd, 2025"); year-month-day with a month name ("2025. november 13.");
# numeric day.month.year ("03.11.2025", "13/11/2025", "12-02-2026", "30/04/26"), read month first only where the
# day cannot be a month ("11/23/2025"; the page splitter also reads them month first on a page that writes its dates
# month first); numeric year first ("2025.11.18", "2025/11/18", "2025年11月18日", "2025년 11월 18일").
# An ordinal ending of a script without case glued to the day ("11טן מערץ 2026" in Yiddish).
_ORDINAL_END = r"[\u0590-\u05ff]{1,3}"
DATE_PATTERN = (
    rf"(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?:[T ]\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
    # an Ethiopian-calendar date, day first, marked E.C. ("21 ሚያዝያ 2018 ዓ.ም."), before the CLDR's Tigrinya
    # Gregorian months of the same names read it as a Gregorian date
    rf"|(?P<ed_d>\d{{1,2}})\s+(?P<ed_m>{_ETHIOPIAN_MONTH})\s+(?P<ed_y>\d{{4}})\s*ዓ\.\s*ም\.?"
    # (the Kurdish ezafe "ی" after the day, Breton "a viz", "of the month", before the month)
    # (Esperanto's "-an", Papiamentu's, Friulian's and Cape Verdean's "di" before the month, Friulian's "dal" and
    # Cape Verdean's "di" before the year)
    # (or set apart by hyphens: "27-Apr-2026")
    rf"|(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th|er|º|ª|ی|-an|{_ORDINAL_END})?(?:\.?\s+|-(?=[^\W\d_]+\.?-\d{{4}}))"
    rf"(?:de\s+|di\s+|of\s+|ta['’]\s*|a\s+viz\s+)?"
    rf"(?P<dmy_m>{_MONTH}){_ARABIC_SECOND_MONTH}(?:,?\s+|-(?=\d{{4}}))(?:de\s+|del\s+|dal\s+|di\s+)?(?P<dmy_y>\d{{4}})"
    rf"|(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?[,၊]?\s+(?P<mdy_y>\d{{4}})"
    rf"|(?P<ymd_y>\d{{4}})\.\s*(?P<ymd_m>{_HAND_MONTH})\s+(?P<ymd_d>\d{{1,2}})\."
    # Solar Hijri day, month name, year, in Persian or Latin digits ("۲۵ آذر ۱۴۰۴")
    rf"|(?P<sh_d>\d{{1,2}})\s+(?P<sh_m>{_SOLAR_HIJRI_MONTH})\s+(?P<sh_y>\d{{4}})"
    # Uzbek and Kyrgyz day-month, and the year with or without its suffix: "15-yanvar, 2026-yil", "29-январь 2026"
    rf"|(?P<uz_d>\d{{1,2}})-(?P<uz_m>{_HAND_MONTH}),?\s+(?P<uz_y>\d{{4}})(?:-(?:yil|жыл|жылы))?"
    # Sinhala year first: "2026 ජනවාරි 31"
    rf"|(?P<si_y>\d{{4}})\s+(?P<si_m>{_HAND_MONTH})\s+(?P<si_d>\d{{1,2}})(?!\d)"
    # Lithuanian "2026 m. vasario 13 d." and Latvian "2026. gada 13. februārī" (the year first)
    rf"|(?P<lt_y>\d{{4}})\s*m\.\s*(?P<lt_m>{_HAND_MONTH})\s+(?P<lt_d>\d{{1,2}})(?:\s*d\.)?"
    rf"|(?P<lv_y>\d{{4}})\.\s*gada\s+(?P<lv_d>\d{{1,2}})\.\s*(?P<lv_m>{_HAND_MONTH})"
    # Khmer "ទី២៣ ខែមករា ឆ្នាំ២០២៦" (day, month, year, each after its word)
    rf"|ទី\s*(?P<km_d>\d{{1,2}})\s*ខែ\s*(?P<km_m>{_HAND_MONTH})\s*ឆ្នាំ\s*(?P<km_y>\d{{4}})"
    # Basque year first: "2025eko abenduaren 16a", WordPress's "2025(e)ko abenduaren 16a"
    rf"|(?P<eu_y>\d{{4}})(?:\(e\)|e)?ko\s+(?P<eu_m>{_HAND_MONTH})\s+(?P<eu_d>\d{{1,2}})(?:an|a)?"
    # Thai day, month, year, the year in the Buddhist era or the common one ("16 ธ.ค. 2568", "16 ธันวาคม พ.ศ. 2568")
    rf"|(?P<th_d>\d{{1,2}})\s*(?P<th_m>{_THAI_MONTH})\s*(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?(?P<th_y>\d{{4}})"
    # Ethiopian month, day, year ("ታኅሣሥ 9 ቀን 2018 ዓ.ም", "ታኅሣሥ 9/2018 ዓ.ም")
    rf"|(?P<et_m>{_ETHIOPIAN_MONTH})\s*(?P<et_d>\d{{1,2}})\s*(?:ቀን|/)\s*(?P<et_y>\d{{4}})(?:\s*ዓ\.\s*ም\.?)?"
    # numeric day-month-year with dots, slashes or hyphens ("12-02-2026"), the same mark twice
    rf"|(?P<num_a>\d{{1,2}})(?P<num_s>[./-])(?P<num_b>\d{{1,2}})(?P=num_s)(?P<num_y>\d{{4}})"
    # ... and with a two-digit year, every number two digits, dots or slashes ("30/04/26", "11.12.25"): 2000 on
    rf"|(?P<n2_a>\d{{2}})(?P<n2_s>[./])(?P<n2_b>\d{{2}})(?P=n2_s)(?P<n2_y>\d{{2}})(?![\d./:])"
    # year first in numbers (East Asian and Hungarian use): "2025.11.18", "2025/11/18", "2025年11月18日", "2025년 11월 18일"
    rf"|(?P<yn_y>\d{{4}})[./](?P<yn_m>\d{{1,2}})[./](?P<yn_d>\d{{1,2}})\.?"
    rf"|(?P<yc_y>\d{{4}})\s*[年년]\s*(?P<yc_m>\d{{1,2}})\s*[月월]\s*(?P<yc_d>\d{{1,2}})\s*[日일]")
DATE_RE = re.compile(rf"(?<![\w.])(?:{DATE_PATTERN})(?!\w)", re.IGNORECASE)


def date_of(match: re.Match) -> date | None:
    """The calendar day a match of DATE_PATTERN names.

    Args:
        match: a match of a pattern that embeds DATE_PATTERN (its named groups).

    Returns:
        The day, or None when the numbers name no real day.
    """
    groups = match.groupdict()
    if groups.get("iso"):
        year, month, day = (int(x) for x in groups["iso"].split("-"))
    elif groups.get("dmy_d"):
        year, month, day = int(groups["dmy_y"]), _month(groups["dmy_m"]), int(groups["dmy_d"])
    elif groups.get("mdy_d"):
        year, month, day = int(groups["mdy_y"]), _month(groups["mdy_m"]), int(groups["mdy_d"])
    elif groups.get("ymd_d"):
        year, month, day = int(groups["ymd_y"]), _month(groups["ymd_m"]), int(groups["ymd_d"])
    elif groups.get("sh_d"):
        year = int(groups["sh_y"])
        return solar_hijri_to_gregorian(year, SOLAR_HIJRI_MONTHS[groups["sh_m"]], int(groups["sh_d"])) \
            if 1244 <= year <= 1472 else None
    elif groups.get("et_d") or groups.get("ed_d"):
        key = "et" if groups.get("et_d") else "ed"
        year = int(groups[f"{key}_y"])
        return ethiopian_to_gregorian(year, ETHIOPIAN_MONTHS[groups[f"{key}_m"]], int(groups[f"{key}_d"])) \
            if 1900 <= year <= 2100 else None
    elif groups.get("uz_d"):
        year, month, day = int(groups["uz_y"]), _month(groups["uz_m"]), int(groups["uz_d"])
    elif groups.get("si_d"):
        year, month, day = int(groups["si_y"]), _month(groups["si_m"]), int(groups["si_d"])
    elif groups.get("lt_d") or groups.get("lv_d"):
        key = "lt" if groups.get("lt_d") else "lv"
        year, month, day = int(groups[f"{key}_y"]), _month(groups[f"{key}_m"]), int(groups[f"{key}_d"])
    elif groups.get("km_d"):
        year, month, day = int(groups["km_y"]), _month(groups["km_m"]), int(groups["km_d"])
    elif groups.get("eu_d"):
        year, month, day = int(groups["eu_y"]), _month(groups["eu_m"]), int(groups["eu_d"])
    elif groups.get("th_d"):
        year, month, day = int(groups["th_y"]), THAI_MONTHS[groups["th_m"].rstrip(".")], int(groups["th_d"])
        year -= 543 if year > 2400 else 0
    elif groups.get("yn_d") or groups.get("yc_d"):
        key = "yn" if groups.get("yn_d") else "yc"
        year, month, day = int(groups[f"{key}_y"]), int(groups[f"{key}_m"]), int(groups[f"{key}_d"])
    elif groups.get("num_a") or groups.get("n2_a"):
        key = "num" if groups.get("num_a") else "n2"
        day, month, year = int(groups[f"{key}_a"]), int(groups[f"{key}_b"]), int(groups[f"{key}_y"])
        year += 2000 if key == "n2" else 0
        if month > 12 >= day and not (key == "n2" and groups["n2_s"] == "."):
            day, month = month, day  # a US month/day/year date (but "12.30.45" is a clock)
    else:
        return None
    return _day(year, month, day) if 1000 <= year <= 9999 else None


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri (Iranian) calendar date, None if there is no such day.

    The arithmetic is the 33-year-cycle rule Iran's calendar follows for years 1244-1472 (1865-2094).

    Args:
        year, month, day: the Solar Hijri date (1 Farvardin = about 21 March).

    Returns:
        The date, or None.
    """
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    jy = year + 1595
    days = (-355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
            + ((month - 1) * 31 if month < 7 else (month - 7) * 30 + 186))
    try:
        result = date.fromordinal(days - 365)  # the count starts a year before date's ordinal 1
    except (OverflowError, ValueError):
        return None
    if month == 12 and day == 30 and solar_hijri_to_gregorian(year + 1, 1, 1) == result:
        return None  # 30 Esfand exists only in a leap year
    return result


def ethiopian_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of an Ethiopian calendar date, None if there is no such day.

    Twelve months of 30 days and Pagume of 5 (6 in the year before a Gregorian leap year); 1 Meskerem 2018 was
    11 September 2025. Right for Ethiopian years 1900-2100 (the Gregorian years 1907-2108 have no skipped leap day).

    Args:
        year, month, day: the Ethiopian date (month 13 is Pagume).

    Returns:
        The date, or None.
    """
    if not (1 <= month <= 13 and 1 <= day <= (30 if month <= 12 else 6 if year % 4 == 3 else 5)):
        return None
    # 1 Meskerem of `year`: 11 September, or 12 September when the Gregorian year after it is a leap year.
    new_year = date(year + 7, 9, 12 if (year + 8) % 4 == 0 else 11)
    return new_year + timedelta(days=30 * (month - 1) + day - 1)


_CLOCK = re.compile(r"(?<![\d:])(?P<H>\d{1,2})(?:[:.h](?P<M>\d{2}))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?"
                    r"(?:\s*(?:uhr|h))?(?:\s*(?P<tz>utc|gmt|[a-z]{3,4}|z)\b)?(?:\s*(?P<off>[+-]\d{1,2}(?::?\d{2})?))?",
                    re.IGNORECASE)


def parse_absolute(text: str | None) -> Moment | None:
    """The absolute date (and time, when given) in a date string or date line.

    Understands ISO 8601 ("2025-11-03", "2025-11-03T14:05:00+01:00"), day-month-year and
    month-day-year with month names in English, German, Spanish and French ("3 November 2025",
    "Nov. 3, 2025", "3. November 2025", "3 de noviembre de 2025"), "03.11.2025", and a clock time
    after a worded date ("Nov. 5, 2025 at 6:42 PM", "9 November 2025 21:48 CET").

    Args:
        text: the string, e.g. a page's date line or a JSONL `date` field.

    Returns:
        The moment (timezone-aware; UTC where no zone is given), or None when no valid date is found.
    """
    if not text:
        return None
    match = _ISO.search(text)
    if match:
        day = _day(int(match["y"]), int(match["m"]), int(match["d"]))
        if day is None:
            return None
        if match["H"] is None:
            return Moment(_midnight(day), False)
        clock = _time(int(match["H"]), int(match["M"]), int(match["S"] or 0))
        if clock is None:
            return None
        return Moment(datetime.combine(day, clock, _zone(match["tz"])), True)
    match = DATE_RE.search(text)
    if not match:
        return None
    day = date_of(match)
    if day is None:
        return None
    clock = _clock_in(text[match.end():])
    if clock is None:
        return Moment(_midnight(day), False)
    hhmm, zone = clock
    return Moment(datetime.combine(day, hhmm, zone), True)


# What may stand between a date and its clock time ("at", "um", "à", "kl.", "o godz.", Croatian ". u", "saat").
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CLOCK_LEAD = re.compile(r"^\s*\.?\s*(?:,|at|um|a las|à|às|alle|kl\.?|klo|o godz\.?|v|u|ob|saat|-|–|—|·|\|)?\s*",
                         re.IGNORECASE)


def _clock_in(rest: str) -> tuple[time, timezone] | None:
    """A clock time right after a date ("at 6:42 PM", ", 21:48 CET", " 07.30 GMT")."""
    rest = _CLOCK_LEAD.sub("", rest)
    match = _CLOCK.match(rest)
    if not match or (match["M"] is None and match["ap"] is None):
        return None
    hour, minute = int(match["H"]), int(match["M"] or 0)
    ap = (match["ap"] or "").lower().replace(".", "")
    if ap and not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if ap == "pm" else 0) if ap else hour
    clock = _time(hour, minute, 0)
    if clock is None:
        return None
    zone = timezone.utc
    if match["off"]:
        zone = _zone(match["off"])
    elif match["tz"] and match["tz"].lower() in _ZONES:
        zone = timezone(timedelta(hours=_ZONES[match["tz"].lower()]))
    return clock, zone


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _time(hour: int, minute: int, second: int) -> time | None:
    try:
        return time(hour, minute, second)
    except ValueError:
        return None


def _month(name: str) -> int:
    name = " ".join(unicodedata.normalize("NFC", name).lower().split())
    name = name[:-1] if name[-1:] in ".’" and name not in MONTHS else name
    return MONTHS.get(name) or MONTHS.get(name.replace("'", "’")) or MONTHS.get(name[:3], 0)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), timezone.utc)


def _zone(text: str | None) -> timezone:
    if not text or text.upper() == "Z":
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def moment_from_timestamp(seconds: float) -> Moment:
    """A moment from a POSIX timestamp (e.g. a file's modification time), in UTC.

    Args:
        seconds: seconds since the epoch.

    Returns:
        The moment, with its time of day known.
    """
    return Moment(datetime.fromtimestamp(seconds, timezone.utc), True)


# ------------------------------------------------------------------------------ relative dates

_UNIT_WORDS: dict[str, Unit] = {}
for _unit, _words in {
    "second": "s sec secs second seconds sekonnen sekunde sekunden segundo segundos seconde secondes secondi seconden "
              "sekund sekunder sekundy sekundami saniye sn sekuntia sekunti secunde secundă detik sekundi másodperce "
              "секунду секунды секунд δευτερόλεπτα δευτερόλεπτο giây 秒 초",
    "minute": "m min mins minute minutes minutten minuten minuto minutos minuti minuut minutt minutter minut minuter minuty "
              "minutę minutami minutou dakika dk minuuttia minuutti menit minuta perce минуту минуты минут хвилину хвилини "
              "хвилин λεπτά λεπτό phút 分 分钟 分鐘 분",
    "hour": "h hr hrs hour hours std stunde stunden stonn stonnen hora horas heure heures ora ore uur u time timer timme timmar "
            "godz godzina godziny godzin godzinę hodina hodiny hodin hodinou hodinami saat sa tuntia tunti oră jam sat sata sati órája час часа часов годину години годин ώρες ώρα giờ 時間 小时 小時 시간",
    "day": "d day days tag tage tagen deeg día días dia dias jour jours giorno giorni dag dagen dager dage dagar døgn "
           "dzień dni den dnem dny gün päivää päivä zile zi hari dan dana napja день дня дней днів дні ημέρες ημέρα μέρες μέρα ngày 日 天 일",
    "week": "w wk wks week weeks woche wochen woch semana semanas semaine semaines settimana settimane weken uke uker "
            "uge uger vecka veckor tydzień tygodnie tygodni týden týdnem týdny hafta viikkoa viikko săptămâni "
            "săptămână minggu tjedan tjedna tjedana nedelja nedelje hete неделю недели недель тиждень тижні тижнів εβδομάδες εβδομάδα tuần 週間 周 週 주",
    "month": "mo mos month months monat monate monaten mount méint mes meses mois mese mesi mês maand maanden måned måneder "
             "månad månader miesiąc miesiące miesięcy měsíc měsícem měsíci ay kuukautta kuukausi luni lună bulan "
             "mjesec mjeseca mjeseci mesec meseca meseci hónapja месяц месяца месяцев місяць місяці місяців μήνες μήνα tháng か月 ヶ月 个月 個月 개월",
    "year": "y yr yrs year years jahr jahre jahren joer año años ano anos an ans anno anni jaar jaren år rok lata lat "
            "rokem lety yıl vuotta vuosi ani tahun godina godine godinu éve год года лет рік роки років χρόνια χρόνο năm 年 년",
}.items():
    _UNIT_WORDS.update((w, _unit) for w in _words.split())  # type: ignore[misc]
# and Faroese's ("fyri 3 tímum síðani")
_UNIT_WORDS.update((w, _unit) for _unit, _words in {  # type: ignore[misc]
    "second": "sekundum", "minute": "minuttum minuttir", "hour": "tíma tímum tímar", "day": "degi døgum",
    "week": "viku vikum vikur", "month": "mánaða mánaðum mánaði mánaðir", "year": "ári árum ár"}.items()
    for w in _words.split())
# Relative times whose unit words are their own language's (the page splitter, qa/ingest/pages.py, reads them
# by the same grammar, OWN_RELATIVE below): Albanian "para 2 orësh" (Spanish and Portuguese "para" means "for"), Macedonian
# and Bulgarian "пред 3 часа" (Ukrainian "години" are hours, theirs are years), a number, a unit and "ago" in
# Georgian, Urdu, Hindi, Kazakh, Uzbek and Mongolian ("3 საათის წინ", "2 گھنٹے پہلے", "2 घंटे पहले", "2 сағат бұрын",
# "3 soat oldin", "12 минутын өмнө"), and Hausa's unit first ("Sa'o'i 3 da suka wuce").
_SQ_UNITS: dict[str, Unit] = {
    **dict.fromkeys(("sekondash", "sekonde", "sekondë"), "second"),
    **dict.fromkeys(("minutash", "minute", "minutë"), "minute"),
    **dict.fromkeys(("orësh", "ore", "orë"), "hour"), **dict.fromkeys(("ditësh", "dite", "ditë"), "day"),
    **dict.fromkeys(("javësh", "jave", "javë"), "week"), **dict.fromkeys(("muajsh", "muaji", "muaj"), "month"),
    **dict.fromkeys(("vitesh", "viti", "vit"), "year")}
SQ_UNIT = "(?:" + "|".join(sorted(_SQ_UNITS, key=len, reverse=True)) + ")"
_MK_UNITS: dict[str, Unit] = {
    **dict.fromkeys(("секунди", "секунда"), "second"), **dict.fromkeys(("минути", "минута"), "minute"),
    **dict.fromkeys(("часа", "час", "часот"), "hour"), **dict.fromkeys(("дена", "ден", "дни", "денови"), "day"),
    **dict.fromkeys(("недели", "недела", "седмици", "седмица"), "week"),
    **dict.fromkeys(("месеци", "месеца", "месец"), "month"),
    **dict.fromkeys(("години", "година"), "year")}
MK_UNIT = "(?:" + "|".join(sorted(_MK_UNITS, key=len, reverse=True)) + ")"
_AGO_UNITS: dict[str, Unit] = {
    **dict.fromkeys(("წამის", "سیکنڈ", "सेकंड"), "second"), **dict.fromkeys(("წუთის", "منٹ", "मिनट"), "minute"),
    **dict.fromkeys(("საათის", "گھنٹے", "گھنٹہ", "گھنٹا", "घंटे", "घंटा"), "hour"),
    **dict.fromkeys(("დღის", "دن", "दिन"), "day"),
    **dict.fromkeys(("კვირის", "ہفتے", "ہفتہ", "हफ्ते", "हफ़्ते", "सप्ताह"), "week"),
    **dict.fromkeys(("თვის", "ماہ", "مہینے", "مہینہ", "महीने", "महीना"), "month"),
    **dict.fromkeys(("წლის", "سال", "साल", "वर्ष"), "year"),
    # Kazakh ("2 сағат бұрын") and Uzbek ("3 soat oldin")
    **dict.fromkeys(("секунд", "soniya"), "second"), **dict.fromkeys(("минут", "daqiqa"), "minute"),
    **dict.fromkeys(("сағат", "soat"), "hour"), **dict.fromkeys(("күн", "kun"), "day"),
    **dict.fromkeys(("апта", "hafta"), "week"), **dict.fromkeys(("ай", "oy"), "month"),
    **dict.fromkeys(("жыл", "yil"), "year"),
    # Mongolian ("12 минутын өмнө")
    **dict.fromkeys(("секундын",), "second"), **dict.fromkeys(("минутын",), "minute"),
    **dict.fromkeys(("цагийн",), "hour"), **dict.fromkeys(("өдрийн", "хоногийн"), "day"),
    **dict.fromkeys(("долоо хоногийн",), "week"), **dict.fromkeys(("сарын",), "month"),
    **dict.fromkeys(("жилийн",), "year"),
    # Malayalam ("2 മണിക്കൂർ മുൻപ്") and Lao ("3 ຊົ່ວໂມງກ່ອນ", written without a space before ກ່ອນ)
    **dict.fromkeys(("സെക്കൻഡ്", "ວິນາທີ"), "second"), **dict.fromkeys(("മിനിറ്റ്", "ນາທີ"), "minute"),
    **dict.fromkeys(("മണിക്കൂർ", "ຊົ່ວໂມງ"), "hour"), **dict.fromkeys(("ദിവസം", "ദിവസത്തിന്", "ມື້"), "day"),
    **dict.fromkeys(("ആഴ്ച", "ອາທິດ"), "week"), **dict.fromkeys(("മാസം", "ເດືອນ"), "month"),
    **dict.fromkeys(("വർഷം", "ປີ"), "year"),
    # Northern Sami ("3 diimmu dássái")
    **dict.fromkeys(("sekundda",), "second"), **dict.fromkeys(("minuhta", "minuhtta"), "minute"),
    **dict.fromkeys(("diimmu", "diibmu"), "hour"), **dict.fromkeys(("beaivvi", "beaivi"), "day"),
    **dict.fromkeys(("vahku", "vahkku"), "week"), **dict.fromkeys(("mánu", "mánnu"), "month"),
    **dict.fromkeys(("jagi", "jahki"), "year"),
    # Kurdish, Sorani ("٢ کاتژمێر لەمەوبەر")
    **dict.fromkeys(("چرکە",), "second"), **dict.fromkeys(("خولەک",), "minute"),
    **dict.fromkeys(("کاتژمێر",), "hour"), **dict.fromkeys(("ڕۆژ",), "day"), **dict.fromkeys(("هەفتە",), "week"),
    **dict.fromkeys(("مانگ",), "month"), **dict.fromkeys(("ساڵ",), "year"),
    # Telugu ("2 గంటల క్రితం")
    **dict.fromkeys(("సెకన్ల", "సెకను"), "second"), **dict.fromkeys(("నిమిషాల", "నిమిషం"), "minute"),
    **dict.fromkeys(("గంటల", "గంట"), "hour"), **dict.fromkeys(("రోజుల", "రోజు", "రోజులు"), "day"),
    **dict.fromkeys(("వారాల", "వారం"), "week"), **dict.fromkeys(("నెలల", "నెల"), "month"),
    **dict.fromkeys(("సంవత్సరాల", "సంవత్సరం", "ఏళ్ల"), "year"),
    # Khmer ("៣ ម៉ោងមុន", written without a space before មុន)
    **dict.fromkeys(("វិនាទី",), "second"), **dict.fromkeys(("នាទី",), "minute"),
    **dict.fromkeys(("ម៉ោង",), "hour"), **dict.fromkeys(("ថ្ងៃ",), "day"),
    **dict.fromkeys(("សប្តាហ៍", "សប្ដាហ៍"), "week"), **dict.fromkeys(("ខែ",), "month"),
    **dict.fromkeys(("ឆ្នាំ",), "year")}
AGO_UNIT = "(?:" + "|".join(sorted(_AGO_UNITS, key=len, reverse=True)) + ")"
_HA_UNITS: dict[str, Unit] = {
    **dict.fromkeys(("daƙiƙa", "dakika"), "second"), **dict.fromkeys(("minti", "mintuna"), "minute"),
    **dict.fromkeys(("sa'a", "sa'o'i", "awa", "awanni"), "hour"), **dict.fromkeys(("kwana", "kwanaki"), "day"),
    **dict.fromkeys(("mako", "makonni"), "week"), **dict.fromkeys(("wata", "watanni"), "month"),
    **dict.fromkeys(("shekara", "shekaru"), "year")}
HA_UNIT = "(?:" + "|".join(re.escape(u).replace("'", "['’]") for u in sorted(_HA_UNITS, key=len, reverse=True)) + ")"
# Sinhala and Yoruba put the unit before the number: "පැය 4කට පෙර", "Wákàtí 3 sẹ́yìn".
_UNIT_FIRST: dict[str, Unit] = {unicodedata.normalize("NFC", k): v for k, v in {
    **dict.fromkeys(("තත්පර", "ìṣẹ́jú-àáyá"), "second"), **dict.fromkeys(("මිනිත්තු", "විනාඩි", "ìṣẹ́jú"), "minute"),
    **dict.fromkeys(("පැය", "wákàtí"), "hour"), **dict.fromkeys(("දින", "දවස්", "ọjọ́"), "day"),
    **dict.fromkeys(("සති", "ọ̀sẹ̀"), "week"), **dict.fromkeys(("මාස", "oṣù"), "month"),
    **dict.fromkeys(("අවුරුදු", "වසර", "ọdún"), "year")}.items()}
UNIT_FIRST = "(?:" + "|".join(sorted(_UNIT_FIRST, key=len, reverse=True)) + ")"
# Burmese puts "past" first and က after the unit: "လွန်ခဲ့သော ၃ နာရီက" (Myanmar digits are digits to `re`).
_MY_UNITS: dict[str, Unit] = {"စက္ကန့်": "second", "မိနစ်": "minute", "နာရီ": "hour", "ရက်": "day", "ပတ်": "week",
                              "လ": "month", "နှစ်": "year"}
MY_UNIT = "(?:" + "|".join(sorted(_MY_UNITS, key=len, reverse=True)) + ")"
MY_AGO_LEAD, MY_AGO_TAIL = r"လွန်ခဲ့သော\s*", r"\s*(?:အကြာ\s*)?က"
# Cebuano and Tagalog: "3 ka oras ang milabay", "3 oras na ang nakalipas".
_TL_UNITS: dict[str, Unit] = {"segundo": "second", "minuto": "minute", "oras": "hour", "adlaw": "day", "araw": "day",
                              "semana": "week", "linggo": "week", "bulan": "month", "buwan": "month", "tuig": "year",
                              "taon": "year"}
TL_UNIT = "(?:" + "|".join(sorted(_TL_UNITS, key=len, reverse=True)) + ")"
TL_AGO_TAIL = r"\s+(?:na\s+)?ang\s+(?:milabay|nakalipas|nakaraan)"
# Haitian Creole "sa gen 5 èdtan" (5 hours ago).
_HT_UNITS: dict[str, Unit] = {"segonn": "second", "minit": "minute", "èdtan": "hour", "jou": "day", "semèn": "week",
                              "mwa": "month", "ane": "year", "lane": "year"}
HT_UNIT = "(?:" + "|".join(sorted(_HT_UNITS, key=len, reverse=True)) + ")"
# Samoan "5 itula ua mavae" (5 hours ago).
_SM_UNITS: dict[str, Unit] = {"sekone": "second", "minute": "minute", "itula": "hour", "aso": "day", "vaiaso": "week",
                              "masina": "month", "tausaga": "year"}
SM_UNIT = "(?:" + "|".join(sorted(_SM_UNITS, key=len, reverse=True)) + ")"
# Swahili puts the unit first: "saa 3 zilizopita" (3 hours ago).
_SW_UNITS: dict[str, Unit] = {"sekunde": "second", "dakika": "minute", "saa": "hour", "siku": "day", "wiki": "week",
                              "mwezi": "month", "miezi": "month", "mwaka": "year", "miaka": "year",
                              # and Kinyarwanda's, the same order ("amasaha 3 ashize")
                              **dict.fromkeys(("amasegonda", "isegonda"), "second"),
                              **dict.fromkeys(("iminota", "umunota"), "minute"),
                              **dict.fromkeys(("amasaha", "isaha"), "hour"), **dict.fromkeys(("iminsi", "umunsi"), "day"),
                              **dict.fromkeys(("ibyumweru", "icyumweru"), "week"),
                              **dict.fromkeys(("amezi", "ukwezi"), "month"), **dict.fromkeys(("imyaka", "umwaka"), "year"),
                              # and Tetum's ("oras 2 liu ba")
                              "segundu": "second", "minutu": "minute", "oras": "hour", "loron": "day", "semana": "week",
                              "fulan": "month", "tinan": "year"}
SW_UNIT = "(?:" + "|".join(sorted(_SW_UNITS, key=len, reverse=True)) + ")"
SW_AGO_TAIL = (r"\s+(?:zilizopita|iliyopita|uliopita|ulioopita|yaliyopita|ashize|ishize|hashize|bishize|ushize|rishize|"
               r"liu\s*ba)")
# Scottish Gaelic "o chionn 3 uairean a thìde" (3 hours ago), beside the CLDR's "3 uairean a thìde air ais".
_GD_UNITS: dict[str, Unit] = {
    **dict.fromkeys(("diog", "diogan"), "second"), **dict.fromkeys(("mionaid", "mionaidean"), "minute"),
    **dict.fromkeys(("uair a thìde", "uairean a thìde", "uair", "uairean"), "hour"),
    **dict.fromkeys(("latha", "làithean", "là"), "day"), **dict.fromkeys(("seachdain", "seachdainean"), "week"),
    **dict.fromkeys(("mìos", "mìosan"), "month"), **dict.fromkeys(("bliadhna", "bliadhnaichean"), "year")}
GD_UNIT = "(?:" + "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in sorted(_GD_UNITS, key=len, reverse=True)) + ")"
UNIT_FIRST_TAIL = r"\s*(?:කට|ට)?\s+(?:පෙර|" + unicodedata.normalize("NFC", "sẹ́yìn") + ")"
AGO_WORD = "(?:წინ|پہلے|قبل|पहले|өмнө|бұрын|oldin|മുൻപ്|മുമ്പ്|క్రితం|لەمەوبەر|dássái|dassái)"
# The word after the unit: spaced, or Khmer's មុន and Lao's ກ່ອນ, written without a space ("៣ ម៉ោងមុន").
AGO_TAIL = rf"(?:\s+{AGO_WORD}|\s*(?:មុន|ກ່ອນ))"
# The _RELATIVE groups that read their unit words from their own table.
_OWN_UNITS = {19: _SQ_UNITS, 20: _AGO_UNITS, 21: _MK_UNITS, 22: _HA_UNITS, 23: _UNIT_FIRST, 24: _MY_UNITS,
              25: _TL_UNITS, 26: _SW_UNITS, 29: _HT_UNITS, 30: _SM_UNITS, 32: _GD_UNITS}
# English numbers written out ("three days ago"), the commonest in the corpus' pages after digits.
SPELLED = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12}
_ONE = (r"(?:\d{1,4}|\b(?:an?|one|eine[mnr]?|ein|enger|engem|una?|une?|uma?|een|en|ett|et|jeden|jedna|jedną|bir|"
        r"yksi|einum|o|" + "|".join(SPELLED) + r")\b)")
# Any unit word of _UNIT_WORDS, in any of its languages (shared with the page splitter's relative-time lines).
UNIT_WORD = "(?:" + "|".join(sorted(map(re.escape, _UNIT_WORDS), key=len, reverse=True)) + r")\.?"
# The past relative times of every CLDR language, by their pattern with the number as "{0}".
_CLDR_RELATIVE: dict[str, Unit] = {re.sub(r" *\{0\} *", "{0}", pattern): unit
                                   for pattern, unit in _CLDR["relative"].items()}
CLDR_RELATIVE = trie_pattern(_CLDR_RELATIVE)


# The unit word right after the number in every CLDR language's pattern ("{0} ଘଣ୍ଟା ପୂର୍ବେ": ଘଣ୍ଟା, an hour), and
# the hand tables' words of three letters or more; a word two languages give different units is left out.
def _loose_units() -> dict[str, Unit]:
    units: dict[str, set[str]] = {}
    words = [(p.split()[1], u) for p, u in _CLDR["relative"].items() if p.startswith("{0} ") and len(p.split()) >= 2]
    for word, unit in words + [(w, u) for w, u in _UNIT_WORDS.items() if len(w) >= 3]:
        word = unicodedata.normalize("NFC", word.lower().rstrip("."))
        if sum(c.isalpha() for c in word) >= 2 and "{" not in word:
            units.setdefault(word, set()).add(unit)
    return {word: next(iter(found)) for word, found in units.items() if len(found) == 1}


_LOOSE_UNITS: dict[str, Unit] = _loose_units()
_OWN_UNITS[33] = _LOOSE_UNITS
LOOSE_UNIT = "(?:" + "|".join(sorted(map(re.escape, _LOOSE_UNITS), key=len, reverse=True)) + ")"
# The unit words of the languages whose word for "ago" comes before the number ("قبل {0} ساعات"), where a neighbour
# of that word may stand in its place (Arabic "منذ", since).
_LEAD_UNITS: dict[str, Unit] = {
    last.group(1).lower(): unit for pattern, unit in reversed(_CLDR["relative"].items())
    if not pattern.startswith("{0}") and (last := re.search(r"\{0\} (\S+)$", unicodedata.normalize("NFC", pattern)))}
_OWN_UNITS[34] = _LEAD_UNITS
LEAD_UNIT = "(?:" + "|".join(sorted(map(re.escape, _LEAD_UNITS), key=len, reverse=True)) + ")"
# Words after a number and a unit that make no past time: a reading or listening time, time left, a duration.
_NOT_AGO = ("ago|read|reading|reads|left|remaining|to|long|listen|listening|watch|video|audio|later|ahead|from|until|"
            "before|after|more|only|away|drive|walk|by|of|in|per|a|de|lesezeit|lesen|lectura|lecture|lettura|leestijd|"
            "lesetid|lästid|læsetid|czytania|čtení|čítania|okuma|lukuaika|olvasás|citire|baca|membaca|đọc|non-stop")
# A number, a unit word of any language and one or two words that no table knows, alone on its line or in its part
# of a strip ("5 jam katukang", "୩ ଘଣ୍ଟା ପୂର୍ବରୁ · NAME"): the ago-word of a language the tables lack.
LOOSE_TAIL = rf"(?:\s+(?!(?:{_NOT_AGO})(?!\w))[^\W\d_][^\s·|•,]*){{1,2}}(?=\s*(?:$|[·|•,]))"
# The relative times whose unit words are their own language's (their tables above), one grammar with the page
# splitter, which reads them by OWN_RELATIVE (the same alternatives without their groups):
_OWN_RELATIVE = (
    # Albanian "para 2 orësh", Georgian, Urdu, Hindi and Khmer "3 საათის წინ", Macedonian and Bulgarian "пред 3 часа",
    # Hausa "Sa'o'i 3 da suka wuce", Sinhala "පැය 4කට පෙර" and Yoruba "Wákàtí 3 sẹ́yìn"
    rf"\bpara\s+(?P<n19>\d{{1,4}}|një)\s+(?P<u19>{SQ_UNIT})(?![\w])"
    rf"|(?<!\d)(?P<n20>\d{{1,4}})\s*(?P<u20>{AGO_UNIT}){AGO_TAIL}"
    rf"|(?<!\w)(?:пред|преди)\s+(?P<n21>\d{{1,4}}|една|еден|един)\s+(?P<u21>{MK_UNIT})(?!\w)"
    rf"|(?<![\w'])(?P<u22>{HA_UNIT})\s+(?P<n22>\d{{1,4}})\s+da\s+(?:suka|ya)\s+wuce(?!\w)"
    rf"|(?<![\w'])(?P<u23>{UNIT_FIRST})\s*(?P<n23>\d{{1,4}}){UNIT_FIRST_TAIL}(?!\w)"
    rf"|{MY_AGO_LEAD}(?P<n24>\d{{1,4}})\s*(?P<u24>{MY_UNIT}){MY_AGO_TAIL}"
    rf"|(?<!\d)(?P<n25>\d{{1,4}})\s+(?:ka\s+)?(?P<u25>{TL_UNIT}){TL_AGO_TAIL}(?!\w)"
    rf"|(?<![\w'])(?P<u26>{SW_UNIT})\s+(?P<n26>\d{{1,4}}){SW_AGO_TAIL}(?!\w)"
    rf"|\bsa\s+gen\s+(?P<n29>\d{{1,4}})\s*(?P<u29>{HT_UNIT})(?!\w)"
    rf"|(?<!\d)(?P<n30>\d{{1,4}})\s+(?P<u30>{SM_UNIT})\s+ua\s+mavae(?!\w)"
    rf"|\bo\s+chionn\s+(?P<n32>\d{{1,4}})\s+(?P<u32>{GD_UNIT})(?!\w)"
    # and every other CLDR language's ("3 uair a thìde air ais", "3 haora i mua"), its number inside the match
    rf"|(?<!\w)(?P<u31>{CLDR_RELATIVE})(?!\w)"
    rf"|(?<![\w.])(?P<n33>\d{{1,4}})\s+(?P<u33>{LOOSE_UNIT}){LOOSE_TAIL}"
    # ... and Arabic's "since" for its "ago" ("منذ 3 ساعات"; CLDR writes "قبل 3 ساعات")
    rf"|(?<!\w)منذ\s+(?P<n34>\d{{1,4}})\s+(?P<u34>{LEAD_UNIT})(?!\w)")
OWN_RELATIVE = re.sub(r"\(\?P<[nu]\d+>", "(?:", _OWN_RELATIVE)
# "21 hours ago", "time2 hours ago" (an icon's label glued on), "vor 3 Stunden", "hace una hora",
# "il y a 2 jours", and the short forms of app feeds ("3h", "Reuters · 15m").
_RELATIVE = re.compile(
    rf"(?<!\d)(?P<n1>{_ONE})\s*(?P<u1>{UNIT_WORD})\s+ago\b"
    rf"|\b(?:vor|virun)\s+(?P<n2>{_ONE})\s*(?P<u2>{UNIT_WORD})(?![\w])"
    rf"|\bhace\s+(?P<n3>{_ONE})\s*(?P<u3>{UNIT_WORD})(?![\w])"
    rf"|\bil\s+y\s+a\s+(?P<n4>{_ONE})\s*(?P<u4>{UNIT_WORD})(?![\w])"
    rf"|(?<!\d)(?P<n6>{_ONE})\s*['’]?(?P<u6>{UNIT_WORD})\s+(?:fa|geleden)\b"
    rf"|\bhá\s+(?P<n7>{_ONE})\s*(?P<u7>{UNIT_WORD})(?![\w])"
    # Norwegian and Danish "for 3 timer siden", Swedish "för 2 timmar sedan", Faroese "fyri 3 tímum síðani", Polish
    # "3 godz. temu" and "godzinę temu", Czech and Slovak "před 3 hodinami" and "před hodinou".
    rf"|(?<!\d)(?P<n8>{_ONE})\s*(?P<u8>{UNIT_WORD})\s+(?:siden|sedan|síðani)\b"
    rf"|(?<![\w.])(?P<n9>{_ONE})?\s*(?P<u9>{UNIT_WORD})\s+temu\b"
    rf"|\bp[řr]ed\s+(?P<n10>{_ONE})?\s*(?P<u10>{UNIT_WORD})(?![\w])"
    # Turkish "2 saat önce", Finnish "3 tuntia sitten", Indonesian and Malay "2 jam yang lalu", Javanese "2 jam
    # kepungkur", Romanian "acum 2 ore".
    rf"|(?<!\d)(?P<n11>{_ONE})\s*(?P<u11>{UNIT_WORD})\s+(?:önce|sitten|(?:yang\s+)?lalu|kepungkur)(?![\w])"
    rf"|\bacum\s+(?P<n12>{_ONE})\s*(?P<u12>{UNIT_WORD})(?![\w])"
    # Hungarian "2 órája", Russian "3 часа назад", Ukrainian "3 години тому"
    rf"|(?<!\d)(?P<n14>\d{{1,4}})\s*(?P<u14>másodperce|perce|órája|napja|hete|hónapja|éve)(?![\w])"
    rf"|(?<!\d)(?P<n15>{_ONE}|одну|один)?\s*(?P<u15>{UNIT_WORD})\s+(?:назад|тому)(?![\w])"
    # Vietnamese "2 giờ trước"
    rf"|(?<!\d)(?P<n17>\d{{1,4}})\s*(?P<u17>giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước(?![\w])"
    # Chinese, Japanese and Korean "3 小时前", "3時間前", "3시간 전"
    rf"|(?<!\d)(?P<n18>\d{{1,4}})\s*(?P<u18>秒|分钟|分鐘|分|時間|小时|小時|日|天|週間|周|週|か月|ヶ月|个月|個月|年|초|분|시간|일|주|개월|년)"
    rf"\s*[前전](?![\w])"
    # Greek "πριν από 2 ώρες"
    rf"|πριν(?:\s+από)?\s+(?P<n16>{_ONE}|ένα|μία|μια)\s*(?P<u16>{UNIT_WORD})(?![\w])"
    # Croatian, Serbian and Bosnian "prije 2 sata", "pre 3 dana"
    rf"|\b(?:prije|pre)\s+(?P<n13>{_ONE}|jednog|jedne)?\s*(?P<u13>{UNIT_WORD})(?![\w])"
    rf"|{_OWN_RELATIVE}"
    rf"|(?<![\w.])(?P<n5>\d{{1,4}})\s?(?P<u5>s|m|min|mins|h|hr|hrs|d|w|wk|mo|y|yr)(?![\w])",
    re.IGNORECASE)
# The numbers of _RELATIVE's unit groups ("u1", "u2", ...).
_UNIT_GROUPS = sorted(int(name[1:]) for name in _RELATIVE.groupindex if name.startswith("u"))
_WORDS: dict[str, Relative] = {
    "just now": Relative(0, "minute"), "moments ago": Relative(0, "minute"), "gerade eben": Relative(0, "minute"),
    "ahora mismo": Relative(0, "minute"), "à l'instant": Relative(0, "minute"),
    "today": Relative(0, "day"), "heute": Relative(0, "day"), "hoy": Relative(0, "day"),
    "aujourd'hui": Relative(0, "day"),
    "yesterday": Relative(1, "day"), "gestern": Relative(1, "day"), "ayer": Relative(1, "day"),
    "vorgestern": Relative(2, "day"), "anteayer": Relative(2, "day"),
    "poco fa": Relative(0, "minute"), "zojuist": Relative(0, "minute"),
    "oggi": Relative(0, "day"), "hoje": Relative(0, "day"), "vandaag": Relative(0, "day"),
    "ieri": Relative(1, "day"), "ontem": Relative(1, "day"), "gisteren": Relative(1, "day"),
    "avant-hier": Relative(2, "day"),
    "last week": Relative(1, "week"), "last month": Relative(1, "month"), "last year": Relative(1, "year"),
    "i går": Relative(1, "day"), "igår": Relative(1, "day"), "i dag": Relative(0, "day"), "idag": Relative(0, "day"),
    "nettopp": Relative(0, "minute"), "lige nu": Relative(0, "minute"), "just nu": Relative(0, "minute"),
    "wczoraj": Relative(1, "day"), "dzisiaj": Relative(0, "day"), "dziś": Relative(0, "day"),
    "przed chwilą": Relative(0, "minute"), "včera": Relative(1, "day"), "dnes": Relative(0, "day"),
    "před chvílí": Relative(0, "minute"),
    "dün": Relative(1, "day"), "bugün": Relative(0, "day"), "az önce": Relative(0, "minute"),
    "eilen": Relative(1, "day"), "tänään": Relative(0, "day"), "juuri nyt": Relative(0, "minute"),
    "azi": Relative(0, "day"), "chiar acum": Relative(0, "minute"), "kemarin": Relative(1, "day"),
    "hari ini": Relative(0, "day"), "baru saja": Relative(0, "minute"), "tegnap": Relative(1, "day"),
    "вчера": Relative(1, "day"), "сегодня": Relative(0, "day"), "только что": Relative(0, "minute"),
    "вчора": Relative(1, "day"), "сьогодні": Relative(0, "day"), "щойно": Relative(0, "minute"),
    "χθες": Relative(1, "day"), "σήμερα": Relative(0, "day"), "hôm qua": Relative(1, "day"),
    "hôm nay": Relative(0, "day"), "vừa xong": Relative(0, "minute"), "ඊයේ": Relative(1, "day"),
    # Quechua as Cusco writes it (the CLDR's "qayna punchaw" without the glottal mark)
    "qayna p'unchaw": Relative(1, "day"), "qayna p’unchaw": Relative(1, "day"),
    "kunan p'unchaw": Relative(0, "day"), "kunan p’unchaw": Relative(0, "day"),
}
_WORD_RE = re.compile(r"(?<![\w'-])(?:" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True))
                      + r")(?![\w'-])", re.IGNORECASE)
# Today, yesterday and the day before in every CLDR language ("an-dè"), read only as the whole time text: some are
# words of other languages too.
_CLDR_WORDS: dict[str, Relative] = {word: Relative(days, "day") for word, days in _CLDR["words"].items()}
CLDR_DAY_WORD = trie_pattern(_CLDR_WORDS)
# The weekdays of every CLDR language, for the page splitter's date lines ("Diardaoin, 5 Màrt 2026").
CLDR_WEEKDAY = trie_pattern(_CLDR["weekdays"])


def parse_relative(text: str | None) -> Relative | None:
    """The relative date in a time line as written, e.g. "21 hours ago", "Reuters · 3h", "vor 3 Stunden".

    Args:
        text: the relative time as the page wrote it (a byline or feed line around it is fine).

    Returns:
        How long before the capture time, or None when the text holds no relative date.
    """
    if not text:
        return None
    # A day word's clock is no relative time: "hier à 17 h 45" is yesterday, not 17 hours ago.
    bare = _TRAILING_CLOCK.sub("", text)  # "Nezuro, 17:30" is "Nezuro"
    cldr_word = _CLDR_WORDS.get(" ".join(unicodedata.normalize("NFC", bare).lower().strip(" .,:;|·•–—-").split()))
    if cldr_word and bare != text:
        return cldr_word
    match = _RELATIVE.search(text)
    if match and match["u31"]:
        key = re.sub(r"\s*\d+\s*", "{0}", " ".join(unicodedata.normalize("NFC", match["u31"]).lower().split()))
        unit = _CLDR_RELATIVE.get(key) or _CLDR_RELATIVE.get(key.replace("'", "’"))
        if unit is not None:
            return Relative(int(re.search(r"\d+", match["u31"]).group()), unit)
    elif match:
        k = next(k for k in _UNIT_GROUPS if match[f"u{k}"])
        amount_text, unit_text = match[f"n{k}"] or "", match[f"u{k}"]
        amount = int(amount_text) if amount_text.isdigit() else SPELLED.get(amount_text.lower(), 1)
        own = _OWN_UNITS.get(k)
        unit = (own.get(" ".join(unit_text.lower().replace("’", "'").split())) if own is not None
                else _UNIT_WORDS.get(unit_text.lower().rstrip(".")))
        if unit is not None:
            return Relative(amount, unit)
    word = _WORD_RE.search(text)
    if word:
        return _WORDS[word.group().lower()]
    return cldr_word


# A clock time written after a day word: "yesterday, 3:40 pm", "včera 18:20", Flemish "vandaag, 11u20", and after a
# connecting word also an hour alone: "Yesterday at 4:45 pm", "yesterday at 5 pm", "Ontem às 19h15", "вчера в
# 18:40", French "hier, 21 h 10". Shared with the page splitter's time lines.
DAY_CLOCK = (r",?\s+(?:(?:at|um|à|às|alle|a las|a la|om|kl\.?|klo|kello|в|о|o|u|στις)\s+"
             r"(?:[01]?\d|2[0-3])(?:(?:[:.]|\s?h\s?)[0-5]\d)?"
             r"|(?:[01]?\d|2[0-3])(?:[:.u]|\s?h\s?)[0-5]\d)(?!\d)(?:\s*[ap](?:\.\s?)?m\.?(?!\w)|\s+(?:uhr|hrs|h)(?!\w))?")
_TRAILING_CLOCK = re.compile(DAY_CLOCK + r"\s*$", re.IGNORECASE)


def resolve_relative(relative: Relative, capture: Moment) -> Moment:
    """The moment `relative` points to, counted back from `capture`.

    Args:
        relative: the parsed relative date.
        capture: when the page was captured.

    Returns:
        A moment with a time of day for seconds, minutes and hours before a capture time that has
        one; otherwise a day.
    """
    fine = relative.unit in ("second", "minute", "hour")
    if fine and capture.has_time:
        seconds = {"second": 1, "minute": 60, "hour": 3600}[relative.unit] * relative.amount
        return Moment(capture.when - timedelta(seconds=seconds), True)
    # The capture's own calendar day, in its own zone (noon when only the day is known).
    base = capture.when if capture.has_time else capture.when.replace(hour=12, minute=0, second=0)
    if fine:
        seconds = {"second": 1, "minute": 60, "hour": 3600}[relative.unit] * relative.amount
        return Moment(_midnight((base - timedelta(seconds=seconds)).date()), False)
    day = base.date()
    if relative.unit in ("day", "week"):
        day -= timedelta(days=relative.amount * (7 if relative.unit == "week" else 1))
    else:
        months = relative.amount * (12 if relative.unit == "year" else 1)
        year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
        day = _clamped(year, month + 1, day.day)
    return Moment(_midnight(day), False)


def _clamped(year: int, month: int, day: int) -> date:
    while True:
        found = _day(year, month, day)
        if found is not None:
            return found
        day -= 1


# ------------------------------------------------------------------------------ per article

def capture_time(candidates: Iterable[tuple[Any, CaptureSource]]) -> CaptureTime | None:
    """The first usable capture time, in the order given.

    Args:
        candidates: (value, source) pairs: a `Moment`, a POSIX timestamp (float), an ISO or
            worded date string, or None for "not known".

    Returns:
        The capture time with its source, or None when no candidate is usable.
    """
    for value, source in candidates:
        moment = _as_moment(value)
        if moment is not None:
            return CaptureTime(moment, source)
    return None


def _as_moment(value: Any) -> Moment | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Moment):
        return value
    if isinstance(value, (int, float)):
        return moment_from_timestamp(float(value))
    if isinstance(value, str):
        return parse_absolute(value)
    return None


def resolve_date(date_value: str | None, date_text: str | None, given: DateSource,
                 capture: CaptureTime | None) -> ResolvedDate:
    """An article's ISO date and its source, from what the page or record gave.

    An absolute `date_value` wins (normalised to ISO; `given` names where it came from). A
    relative `date_value` or `date_text` is resolved against `capture`.

    Args:
        date_value: the date the page, its HTML metadata or the JSONL record gave, if any.
        date_text: the relative time as written, if any.
        given: the source of `date_value` ("page", "html" or "jsonl").
        capture: the capture time, or None when unknown.

    Returns:
        The date (None when there is none or it cannot be resolved) and its source.
    """
    absolute = parse_absolute(date_value)
    if absolute is not None:
        return ResolvedDate(absolute.iso(), given)
    relative = parse_relative(date_text) or parse_relative(date_value)
    if relative is None or capture is None:
        return ResolvedDate(None, None)
    return ResolvedDate(resolve_relative(relative, capture.moment).iso(),
                        f"relative_to_{capture.source}")  # type: ignore[arg-type]


def newest_date(values: Iterable[str | None]) -> str | None:
    """The newest of some ISO dates (None when there is none)."""
    found = [v for v in values if v]
    return max(found, key=date_key) if found else None


# ------------------------------------------------------------------------------ filters and order

def date_key(value: str | None) -> str:
    """A sort key for `Article.date` values: later dates sort higher, undated lowest.

    Dates are "YYYY-MM-DD" or UTC "YYYY-MM-DDTHH:MMZ", so the string itself orders them (a
    date-time sorts after the bare day it falls on).
    """
    return value or ""


T = TypeVar("T")


def newest_first(items: Sequence[T], date_of=lambda item: item.date) -> list[T]:
    """Items sorted by date, newest first, undated last (stable: equal dates keep their order).

    Args:
        items: e.g. articles.
        date_of: the ISO date of an item.

    Returns:
        A new list.
    """
    return sorted(items, key=lambda item: date_key(date_of(item)), reverse=True)


def date_bound(value: Any, name: str) -> str | None:
    """Check a --since / --until bound: an ISO date (YYYY-MM-DD), or None / "" for no bound.

    Args:
        value: the bound as given.
        name: "since" or "until", for the message.

    Returns:
        The date as YYYY-MM-DD, or None.

    Raises:
        ValueError: one plain line naming the bad value.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str) and _ISO_DAY.fullmatch(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    raise ValueError(f"{name} {value!r} is not a date; give an ISO date (YYYY-MM-DD), e.g. 2025-11-03")


def date_range(since: Any, until: Any) -> tuple[str | None, str | None]:
    """Check a since / until pair (see `date_bound`); ValueError when since is after until.

    Args:
        since: the earliest date, or None.
        until: the latest date (the whole day counts), or None.

    Returns:
        (since, until) as YYYY-MM-DD or None.
    """
    low, high = date_bound(since, "since"), date_bound(until, "until")
    if low and high and low > high:
        raise ValueError(f"since {low} is after until {high}; swap them")
    return low, high
