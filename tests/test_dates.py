"""Real dates: relative times resolved against the capture time, absolute ones normalised, ranges checked."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from conftest import DATA, SEEDS
from qa.ingest.dates import (Relative, capture_time, date_range, newest_first,
                             parse_absolute, parse_relative, resolve_date, resolve_relative)
from qa.ingest.files import html_to_text, ingest
from qa.ingest.pages import split_pages
from qa.records import Answer, Article, Chunk, Citation, Passage
from qa.search.recency import matching_window, prefer_newest, wants_latest, with_date

LAYOUTS = DATA / "layouts"
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_ANY = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}Z)?$")
NOON = capture_time([("2025-11-03T12:00Z", "captured_at_flag")])
DAY_ONLY = capture_time([("2025-11-03", "captured_at_flag")])


def _ingest(*paths, **kw):
    return [a for f in ingest(paths, max_file_bytes=10_000_000, **kw).files for a in f.articles]


# ------------------------------------------------------------------------------ parsing

@pytest.mark.parametrize("text, amount, unit", [
    ("21 hours ago", 21, "hour"), ("4 days ago", 4, "day"), ("time2 hours ago", 2, "hour"),
    ("Al Jazeera4 days ago", 4, "day"), ("an hour ago", 1, "hour"), ("Updated 5 mins ago", 5, "minute"),
    ("2 weeks ago", 2, "week"), ("3 months ago", 3, "month"), ("1 year ago", 1, "year"),
    ("yesterday", 1, "day"), ("Yesterday", 1, "day"), ("today", 0, "day"), ("just now", 0, "minute"),
    ("3h", 3, "hour"), ("15m", 15, "minute"), ("2d", 2, "day"), ("Reuters · 3h", 3, "hour"),
    ("3h · Reuters", 3, "hour"), ("By Jane Doe · Valley Courier · 3 hours ago", 3, "hour"),
    ("vor 3 Stunden", 3, "hour"), ("vor einer Stunde", 1, "hour"), ("vor 2 Tagen", 2, "day"),
    ("vor 5 Min.", 5, "minute"), ("gestern", 1, "day"), ("heute", 0, "day"),
    ("hace 5 horas", 5, "hour"), ("hace una hora", 1, "hour"), ("hace 2 días", 2, "day"), ("ayer", 1, "day"),
    ("il y a 3 heures", 3, "hour"), ("il y a une heure", 1, "hour"), ("il y a 2 jours", 2, "day"),
    ("il y a 1 an", 1, "year"),
    # Every relative form the page splitter recognises must resolve too.
    ("3 ore fa", 3, "hour"), ("un'ora fa", 1, "hour"), ("2 giorni fa", 2, "day"), ("ieri", 1, "day"),
    ("há 3 horas", 3, "hour"), ("ontem", 1, "day"), ("3 uur geleden", 3, "hour"), ("2 dagen geleden", 2, "day"),
    ("Bijgewerkt 3 uur geleden", 3, "hour"), ("gisteren", 1, "day"),
    ("for 3 timer siden", 3, "hour"), ("Oppdatert for 3 timer siden", 3, "hour"), ("for 25 minutter siden", 25, "minute"),
    ("för 2 timmar sedan", 2, "hour"), ("i går", 1, "day"), ("3 godz. temu", 3, "hour"), ("godzinę temu", 1, "hour"),
    ("2 dni temu", 2, "day"), ("wczoraj", 1, "day"), ("před 3 hodinami", 3, "hour"), ("před hodinou", 1, "hour"),
    ("včera", 1, "day"), ("4h ago", 4, "hour"),
    ("2 saat önce", 2, "hour"), ("Güncelleme: 2 saat önce", 2, "hour"), ("bir gün önce", 1, "day"), ("dün", 1, "day"),
    ("3 tuntia sitten", 3, "hour"), ("eilen", 1, "day"), ("acum 2 ore", 2, "hour"), ("acum o oră", 1, "hour"),
    ("2 jam yang lalu", 2, "hour"), ("kemarin", 1, "day"), ("submitted 3 hours ago by tidy_cat", 3, "hour"),
    ("prije 2 sata", 2, "hour"), ("pre 3 dana", 3, "day"), ("Frissítve: 2 órája", 2, "hour"), ("3 napja", 3, "day"),
    ("Обновлено 3 часа назад", 3, "hour"), ("вчера", 1, "day"), ("3 години тому", 3, "hour"),
    ("πριν από 2 ώρες", 2, "hour"), ("χθες", 1, "day"), ("Cập nhật 2 giờ trước", 2, "hour"), ("hôm qua", 1, "day"),
    ("vandaag, 08:12 · Veldhoven", 0, "day"), ("Nezuro, 17:30", 1, "day"), ("three days ago", 3, "day"),  # (a CLDR day word with its clock)
    ("3時間前", 3, "hour"), ("3 小时前", 3, "hour"), ("3시간 전", 3, "hour"), ("2日前", 2, "day"),
    ("para 2 orësh", 2, "hour"), ("Përditësuar: para një dite", 1, "day"), ("3 საათის წინ", 3, "hour"),
    ("اپ ڈیٹ 2 گھنٹے پہلے", 2, "hour"), ("5 दिन पहले", 5, "day"), ("Ажурирано: пред 3 часа", 3, "hour"),
    ("преди 2 дни", 2, "day"), ("пред 2 години", 2, "year"), ("Шинэчилсэн: 12 минутын өмнө", 12, "minute"),
    ("3 цагийн өмнө", 3, "hour"), ("Sa'o'i 3 da suka wuce", 3, "hour"), ("kwana 2 da suka wuce", 2, "day"),
    ("2 сағат бұрын", 2, "hour"), ("3 soat oldin", 3, "hour"),
    # Khmer, in Khmer digits and without a space before មុន
    ("៣ ម៉ោងមុន", 3, "hour"), ("១៥ នាទីមុន", 15, "minute"), ("២ ថ្ងៃមុន", 2, "day"),
    # Sinhala and Yoruba, the unit before the number
    ("පැය 4කට පෙර", 4, "hour"), ("දින 2කට පෙර", 2, "day"), ("ඊයේ", 1, "day"), ("Wákàtí 3 sẹ́yìn", 3, "hour"),
    ("Ọjọ́ 2 sẹ́yìn", 2, "day"),
    # Lao (no space before ກ່ອນ), Malayalam, Luxembourgish
    ("3 ຊົ່ວໂມງກ່ອນ", 3, "hour"), ("2 മണിക്കൂർ മുൻപ്", 2, "hour"), ("Aktualiséiert virun 2 Stonnen", 2, "hour"),
    ("virun 3 Deeg", 3, "day"), ("virun enger Stonn", 1, "hour"),
    # Telugu, Burmese ("past" before the number, in Myanmar digits), Faroese
    ("అప్‌డేట్: 2 గంటల క్రితం", 2, "hour"), ("3 రోజుల క్రితం", 3, "day"), ("လွန်ခဲ့သော ၃ နာရီက", 3, "hour"),
    ("လွန်ခဲ့သော ၂ ရက်က", 2, "day"), ("fyri 3 tímum síðani", 3, "hour"), ("fyri einum degi síðani", 1, "day"),
    # Kurdish (Sorani, Eastern Arabic digits), Cebuano and Tagalog, Swahili (the unit first), Lithuanian
    ("٢ کاتژمێر لەمەوبەر", 2, "hour"), ("3 ka oras ang milabay", 3, "hour"), ("2 araw na ang nakalipas", 2, "day"),
    ("Imesasishwa saa 3 zilizopita", 3, "hour"), ("Atnaujinta prieš 2 val.", 2, "hour"), ("prieš 3 d.", 3, "day"),
    # West Frisian and Haitian Creole
    ("3 oeren lyn", 3, "hour"), ("2 dagen lyn", 2, "day"), ("sa gen 5 èdtan", 5, "hour"), ("sa gen 2 jou", 2, "day"),
    # Javanese and Samoan
    ("2 jam kepungkur", 2, "hour"), ("5 itula ua mavae", 5, "hour"), ("1 aso ua mavae", 1, "day"),
    # languages no hand-written table names, from the CLDR (Scottish Gaelic, Maori, Basque, Welsh, Tongan, Wolof;
    # Hindi in Devanagari digits)
    ("4 uairean a thìde air ais", 4, "hour"), ("2 haora i mua", 2, "hour"), ("-2 haora i mua", 2, "hour"),
    ("duela 6 ordu", 6, "hour"), ("5 awr yn ôl", 5, "hour"), ("houa ʻe 7 kuoʻosi", 7, "hour"),
    ("8 waxtu ci ginaaw", 8, "hour"), ("४ घंटे पहले", 4, "hour"), ("an-dè", 1, "day"), ("An-diugh", 0, "day"),
    # the unit first in Kinyarwanda and Tetum, Scottish Gaelic "o chionn" (ago) before the number
    ("amasaha 2 ashize", 2, "hour"), ("iminsi 4 ishize", 4, "day"), ("oras 5 liu ba", 5, "hour"),
    ("o chionn 2 uairean a thìde", 2, "hour"), ("o chionn 3 làithean", 3, "day"),
    # Northern Sami, Quechua as Cusco writes it
    ("2 diimmu dássái", 2, "hour"), ("Qayna p'unchaw, 8:10", 1, "day"),
    # a number and a unit word of the CLDR's or the tables' with an ago-word no table knows, alone or in its part of a
    # strip (Odia, Assamese, Sundanese)
    ("4 ଘଣ୍ଟା ପୂର୍ବରୁ", 4, "hour"), ("৫ ঘণ্টা আগতে", 5, "hour"), ("6 menit ka tukang", 6, "minute"),
    ("Diserat ku NAME · 7 jam katukang · 40 kali dibaca", 7, "hour"),
    # a day word's clock with a spaced "h" is no count of hours
    ("hier à 9 h 05", 1, "day"),
])
def test_relative_times_are_parsed(text, amount, unit):
    assert parse_relative(text) == Relative(amount, unit)


@pytest.mark.parametrize("text", [None, "", "Moscow", "Kremlin spokesman", "2025-11-03", "Page 4", "para 3 días",
                                  # a number and a unit with words of time left or a reading time
                                  "3 hours left", "2 days to go", "5 minutes de lecture",
                                  # a CLDR day word is read only as the whole time text
                                  "The an-dè ferry"])
def test_text_without_a_relative_time(text):
    assert parse_relative(text) is None


@pytest.mark.parametrize("text, iso", [
    ("2025-07-22", "2025-07-22"),
    ("2025-11-03T14:05:00+01:00", "2025-11-03T13:05Z"),
    ("2025-11-03T14:05Z", "2025-11-03T14:05Z"),
    ("Published: Nov. 5, 2025 at 6:42 PM", "2025-11-05T18:42Z"),
    ("Sat 8 Nov 2025 07.30 GMT", "2025-11-08T07:30Z"),
    ("9 November 2025", "2025-11-09"), ("27-Apr-2026", "2026-04-27"),
    # an Ethiopian-calendar date, day first, marked E.C., is not read as a Gregorian one of the same month names
    ("ረቡዕ 21 ሚያዝያ 2018 ዓ.ም. | 29/04/2026", "2026-04-29"),
    ("3. November 2025", "2025-11-03"),
    ("3 de noviembre de 2025", "2025-11-03"),
    ("le 3 novembre 2025 à 14h05", "2025-11-03T14:05Z"),
    ("03.11.2025", "2025-11-03"),
    ("May 3rd, 2025", "2025-05-03"),
    ("13 de novembro de 2025", "2025-11-13"),
    ("Publisert 12. november 2025 kl. 14.32", "2025-11-12T14:32Z"),
    ("12. desember 2025", "2025-12-12"),
    ("14 maj 2025", "2025-05-14"),
    ("12 listopada 2025", "2025-11-12"),
    ("14. listopadu 2025 8:05", "2025-11-14T08:05Z"),
    ("3rd May 2025", "2025-05-03"), ("11/23/2025", "2025-11-23"), ("23/11/2025", "2025-11-23"),
    ("2025. november 13. 18:40", "2025-11-13T18:40Z"), ("13 ноября 2025, 17:20", "2025-11-13T17:20Z"),
    ("14. marraskuuta 2025", "2025-11-14"), ("14 Kasım 2025", "2025-11-14"), ("14 noiembrie 2025", "2025-11-14"),
    ("Jumat, 14 Agustus 2025", "2025-08-14"), ("14.11.2025. u 11:20", "2025-11-14T11:20Z"),
    ("2025.11.18 10:42", "2025-11-18T10:42Z"), ("2025/11/18", "2025-11-18"), ("2025年11月18日", "2025-11-18"),
    ("2025년 11월 18일", "2025-11-18"), ("الثلاثاء 18 نوفمبر 2025 - 10:42", "2025-11-18T10:42Z"),
    ("18 नवंबर 2025", "2025-11-18"),
    # the Solar Hijri calendar, in Persian digits with a weekday, and with Afghanistan's month names
    ("سه\u200cشنبه ۲۵ آذر ۱۴۰۴ - ۱۳:۴۲", "2025-12-16T13:42Z"), ("1 حمل 1404", "2025-03-21"),
    ("30 اسفند 1403", "2025-03-20"),
    # Albanian; Bengali in Bengali digits; Thai, its years in the Buddhist era or the common one
    ("3 nëntor 2025, 08:40", "2025-11-03T08:40Z"), ("১৫ ডিসেম্বর ২০২৫", "2025-12-15"), ("২ জানুয়ারি ২০২৬", "2026-01-02"),
    ("4 dekabr 2025 11:20", "2025-12-04T11:20Z"), ("Il-Ħamis, 4 ta' Diċembru 2025", "2025-12-04"),
    ("டிசம்பர் 4, 2025", "2025-12-04"),
    ("2025eko urriaren 3an", "2025-10-03"), ("2025(e)ko abenduaren 16a", "2025-12-16"),
    ("3 დეკემბრის 2025", "2025-12-03"), ("شائع 4 دسمبر 2025 11:40am", "2025-12-04T11:40Z"),
    ("3 พ.ย. 2568 09:15 น.", "2025-11-03T09:15Z"), ("5 มกราคม พ.ศ. 2569", "2026-01-05"), ("5 มกราคม 2026", "2026-01-05"),
    # Hausa and Irish; the Ethiopian calendar (Genna, 29 Tahsas, is 7 January; 28 Tahsas after a 6-day Pagume)
    ("Talata, 23 Disamba, 2025", "2025-12-23"), ("Dé hAoine 19 Nollaig 2025 | 07:30", "2025-12-19T07:30Z"),
    ("ሐሙስ ታኅሣሥ 9 ቀን 2018 ዓ.ም", "2025-12-18"), ("ታኅሣሥ 29/2017 ዓ.ም", "2025-01-07"), ("ታኅሣሥ 28/2016", "2024-01-07"),
    ("መስከረም 1/2018", "2025-09-11"), ("ጳጉሜ 6/2015", "2023-09-11"),
    # Armenian (a genitive month first), Kazakh, Uzbek with its suffixes, Marathi in Devanagari digits
    ("հունվարի 16, 2026 11:25", "2026-01-16T11:25Z"), ("14 қаңтар 2026", "2026-01-14"),
    ("Payshanba, 15-yanvar, 2026-yil", "2026-01-15"), ("१७ जानेवारी २०२६", "2026-01-17"), ("१७ जाने. २०२६", "2026-01-17"),
    # Khmer, each number after its word ("day 23, month January, year 2026") or bare
    ("ទី២៣ ខែមករា ឆ្នាំ២០២៦", "2026-01-23"), ("៥ កុម្ភៈ ២០២៦", "2026-02-05"),
    # Kyrgyz day-month with and without the year's suffix, Punjabi, Sinhala year first
    ("29-январь, 2026-жыл", "2026-01-29"), ("29-январь 2026, 11:32", "2026-01-29T11:32Z"),
    ("29 ਜਨਵਰੀ 2026", "2026-01-29"), ("2026 ජනවාරි 31", "2026-01-31"),
    # Lao and Malayalam
    ("9 ກຸມພາ 2026", "2026-02-09"), ("ഫെബ്രുവരി 7, 2026", "2026-02-07"),
    # Telugu, Burmese (Myanmar digits and comma), Belarusian genitive, a hyphenated day-month-year
    ("12 ఫిబ్రవరి 2026", "2026-02-12"), ("ဖေဖော်ဝါရီ ၁၀၊ ၂၀၂၆", "2026-02-10"), ("11 лютага 2026", "2026-02-11"),
    ("12-02-2026 07:30", "2026-02-12T07:30Z"),
    # the months of more languages: Cebuano, Kannada, Kurdish with its ezafe, Malagasy, Lithuanian and Latvian year
    # first, Hebrew with "in", Levantine Arabic, Welsh, Croatian genitive, Irish
    ("Pebrero 13, 2026", "2026-02-13"), ("13 ಫೆಬ್ರುವರಿ 2026", "2026-02-13"), ("١٣ی شوباتی ٢٠٢٦", "2026-02-13"),
    ("12 febroary 2026", "2026-02-12"), ("2026 m. vasario 13 d.", "2026-02-13"), ("2026. gada 13. februārī", "2026-02-13"),
    ("13 בפברואר 2026", "2026-02-13"), ("13 كانون الثاني 2026", "2026-01-13"), ("13 Chwefror 2026", "2026-02-13"),
    ("13. veljače 2026.", "2026-02-13"), ("13 meán fómhair 2026", "2026-09-13"),
    ("13 listopada 2025", "2025-11-13"),  # Polish November, not Croatian October
    ("tongersdei 19 febrewaris 2026", "2026-02-19"), ("18 de febrièr de 2026", "2026-02-18"),
    ("Lendi 16 fevriye 2026", "2026-02-16"),  # West Frisian, Occitan, Haitian Creole
    ("Digwener 27 a viz C'hwevrer 2026", "2026-02-27"), ("Aso Lulu, 25 Fepuari 2026", "2026-02-25"),  # Breton, Samoan
    # a two-digit year, every number two digits: day first, or month first where the day cannot be a month (not
    # with dots)
    ("News updated 30/04/26 at 7:05 am", "2026-04-30T07:05Z"), ("11.12.25 | 10:32", "2025-12-11T10:32Z"),
    ("02/13/26", "2026-02-13"),
    # Assamese's abbreviation mark after the month
    ("শুক্ৰবাৰ, ৯ মে’, ২০২৬", "2026-05-09"),
    # Cape Verdean "di" before the year
    ("dumingu, 24 di Maiu di 2026", "2026-05-24"),
])
def test_absolute_dates_become_iso(text, iso):
    assert parse_absolute(text).iso() == iso


@pytest.mark.parametrize("line, iso", [
    ("May 3rd, 2025", "2025-05-03"), ("11/23/2025", "2025-11-23"), ("Published: 13/11/2025 18:40", "2025-11-13"),
    ("2025. november 13. 18:40", "2025-11-13"), ("13 ноября 2025, 17:20", "2025-11-13"),
    ("Julkaistu 12.11.2025 18:20", "2025-11-12"), ("Jumat, 14 November 2025 09:15 WITA", "2025-11-14"),
    ("Objavljeno: 14.11.2025. u 11:20", "2025-11-14"), ("Autumn 2025 issue · 14 November 2025", "2025-11-14"),
    ("2025年11月18日 10:42", "2025-11-18"), ("2025.11.18 10:42", "2025-11-18"),
    ("Plain-text edition - Wednesday 19 November 2025", "2025-11-19"),
    ("입력 2025.11.18 10:42 수정 2025.11.18 11:05", "2025-11-18"), ("2025-11-18 10:42 来源：海港日报 作者：李明", "2025-11-18"),
    ("প্রকাশ: ১৫ ডিসেম্বর ২০২৫, ১০: ৩০", "2025-12-15"), ("อัปเดตล่าสุด 3 พ.ย. 2568 11:02 น.", "2025-11-03"),
    ("3 nëntor 2025, 08:40", "2025-11-03"), ("Posted Wed 3 Dec 2025 at 5:30am", "2025-12-03"),
    ("2025(e)ko abenduaren 3a", "2025-12-03"), ("3 ta' Diċembru 2025 | 10:47", "2025-12-03"),
    ("பதிவு: டிசம்பர் 3, 2025 05:45 AM", "2025-12-03"), ("2025.12.03, Лхагва", "2025-12-03"),
    ("ታኅሣሥ 24/2018 ዓ.ም", "2026-01-02"),
    ("14 қаңтар 2026, сәрсенбі", "2026-01-14"), ("१७ जाने. २०२६ | सकाळी ०६:३०", "2026-01-17"),
    ("Jan. 13, 2026, 5 a.m.", "2026-01-13"), ("ថ្ងៃសុក្រ ទី២៣ ខែមករា ឆ្នាំ២០២៦", "2026-01-23"),
    ("Бейшемби, 29-январь, 2026-жыл", "2026-01-29"), ("ਪ੍ਰਕਾਸ਼ਿਤ: 29 ਜਨਵਰੀ 2026, 09:40 PM", "2026-01-29"),
    ("2026 ජනවාරි 31, සෙනසුරාදා", "2026-01-31"), ("ວັນຈັນ ທີ 9 ກຸມພາ 2026", "2026-02-09"),
    ("ശനി, ഫെബ്രുവരി 7, 2026", "2026-02-07"),
    # weekdays and months no hand-written table names, from the CLDR (Scottish Gaelic in its genitive form,
    # Maori, Tongan, Kyrgyz, Wolof)
    ("DiLuain, 9 dhen Ghearran 2026", "2026-02-09"), ("Tūrei, 10 Pēpuere 2026", "2026-02-10"),
    ("Tūsite 10 Fēpueli 2026", "2026-02-10"), ("шейшемби, 10 февраль 2026", "2026-02-10"),
    ("Talaata 10 Fewriyee 2026", "2026-02-10"),
    # a short word before the clock (Kinyarwanda "saa"), a Yiddish ordinal ending and points, Esperanto's "la 10-an
    # de", Friulian's "ai 10 di ... dal", Maori's own months with a two-word label and a second labelled date
    ("10 Gashyantare 2026 saa 9:05", "2026-02-10"), ("דינסטיק, 10טן פֿעברואַר 2026", "2026-02-10"),
    ("mardo, la 10-an de februaro 2026", "2026-02-10"), ("martars ai 10 di fevrâr dal 2026", "2026-02-10"),
    ("Kua tāngia: 10 Huitanguru 2026, 9:05 i te ata · Kua whakahoutia: 11 Huitanguru 2026, 10:20 i te ata",
     "2026-02-10"),
    # Quechua's own weekday and month, a clock in "hrs", a category after the date
    ("Atipachaw, 10 hatun puquy killa 2026", "2026-02-10"), ("Issued: Tuesday 10 February 2026, 09:00 hrs", "2026-02-10"),
    ("Published 10 February 2026 in Fundraising", "2026-02-10"),
])
def test_page_date_lines_use_the_same_grammar(line, iso):
    # The page splitter reads date lines with dates.DATE_PATTERN: a date line above a headline gives its date.
    page = f"Harbour Times\nHome\nNews\nSport\n\nFerry fares rise in spring\n{line}\nFares on the island ferries will rise by 6 percent from April, the operator said."
    (article,) = split_pages([page])[0]
    assert article.date == iso and parse_absolute(line).iso()[:10] == iso


def test_a_relative_time_takes_the_day_under_the_masthead():
    # The day printed under the site's name is the day the page was read: "3 hours ago" keeps its text and that day.
    page = ("Harbour Times\nThursday, 18 December 2025\nHome\nNews\nSport\n\nFerry fares rise in spring\n"
            "Posted 3 hours ago\nFares on the island ferries will rise by 6 percent from April, the operator said.")
    (article,) = split_pages([page])[0]
    assert (article.date, article.date_text) == ("2025-12-18", "3 hours ago")
    # Without that line the day stays open (resolved at index time against the capture time).
    (article,) = split_pages([page.replace("Thursday, 18 December 2025\n", "")])[0]
    assert (article.date, article.date_text) == (None, "3 hours ago")


@pytest.mark.parametrize("text", [None, "", "2025-13-01", "2025-02-30", "31 February 2025", "soon", "3 hours ago",
                                  "2025.13.40", "30 اسفند 1404", "31 مهر 1404", "25 آذر 1200",
                                  "31 ก.พ. 2568", "ጳጉሜ 6/2016", "ታኅሣሥ 31/2018", "12.30.45", "1.2.25", "31/02/26"])
def test_invalid_absolute_dates(text):
    assert parse_absolute(text) is None


# ------------------------------------------------------------------------------ resolving

@pytest.mark.parametrize("text, at_noon, day_only", [
    ("21 hours ago", "2025-11-02T15:00Z", "2025-11-02"),
    ("4 days ago", "2025-10-30", "2025-10-30"),
    ("time2 hours ago", "2025-11-03T10:00Z", "2025-11-03"),
    ("yesterday", "2025-11-02", "2025-11-02"),
    ("3h", "2025-11-03T09:00Z", "2025-11-03"),
    ("Reuters · 3h", "2025-11-03T09:00Z", "2025-11-03"),
    ("vor 3 Stunden", "2025-11-03T09:00Z", "2025-11-03"),
    ("hace 2 días", "2025-11-01", "2025-11-01"),
    ("il y a 1 heure", "2025-11-03T11:00Z", "2025-11-03"),
    ("last week", "2025-10-27", "2025-10-27"),
    ("3 months ago", "2025-08-03", "2025-08-03"),
])
def test_relative_times_resolve_against_the_capture_time(text, at_noon, day_only):
    assert resolve_relative(parse_relative(text), NOON.moment).iso() == at_noon
    assert resolve_relative(parse_relative(text), DAY_ONLY.moment).iso() == day_only


def test_hours_cross_midnight_and_months_clamp():
    early = parse_absolute("2025-11-03T01:00Z")
    assert resolve_relative(Relative(3, "hour"), early).iso() == "2025-11-02T22:00Z"
    end_of_march = parse_absolute("2025-03-31")
    assert resolve_relative(Relative(1, "month"), end_of_march).iso() == "2025-02-28"


def test_capture_time_takes_the_first_usable_candidate():
    found = capture_time([(None, "html"), ("not a date", "page"), ("2025-11-03", "captured_at_flag"),
                          (1_700_000_000.0, "file_mtime")])
    assert found.source == "captured_at_flag" and found.moment.iso() == "2025-11-03"
    fallback = capture_time([(None, "captured_at_flag"), (1_700_000_000.0, "file_mtime")])
    assert fallback.source == "file_mtime" and fallback.moment.when == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    assert capture_time([(None, "page")]) is None


def test_resolve_date_records_its_source():
    assert resolve_date("2025-07-22", "4 days ago", "page", NOON).date == "2025-07-22"
    assert resolve_date("2025-07-22", None, "jsonl", NOON).source == "jsonl"
    resolved = resolve_date(None, "4 days ago", "page", NOON)
    assert (resolved.date, resolved.source) == ("2025-10-30", "relative_to_captured_at_flag")
    relative_in_date = resolve_date("21 hours ago", None, "jsonl", NOON)
    assert relative_in_date.date == "2025-11-02T15:00Z"
    assert resolve_date(None, "4 days ago", "page", None).date is None
    assert resolve_date(None, None, "page", NOON).source is None


def test_date_ranges_are_checked():
    assert date_range("2025-11-01", "2025-11-03") == ("2025-11-01", "2025-11-03")
    assert date_range("", None) == (None, None)
    for bad in ("2025-13-01", "yesterday", "03.11.2025", "2025-11-3", 20251103):
        with pytest.raises(ValueError, match="not a date"):
            date_range(bad, None)
    with pytest.raises(ValueError, match="after"):
        date_range("2025-11-04", "2025-11-03")


def test_newest_first_puts_undated_last():
    items = [SimpleNamespace(date=d, n=i) for i, d in
             enumerate([None, "2025-11-02", "2025-11-03T09:00Z", "2025-11-03", None, "2025-07-22"])]
    assert [i.n for i in newest_first(items)] == [2, 3, 1, 5, 0, 4]


def test_old_article_records_still_load():
    record = {"id": "a1", "title": "T", "text": "x", "date": "2025-07-22", "date_text": None}
    assert Article.from_json(record).date_source is None


# ------------------------------------------------------------------------------ ingestion

def test_flag_resolves_every_relative_date_on_a_page():
    articles = _ingest(LAYOUTS / "aggregator_five.txt", captured_at="2025-11-06T12:00Z")
    got = [(a.date_text, a.date, a.date_source) for a in articles]
    assert got == [("2 hours ago", "2025-11-06T10:00Z", "relative_to_captured_at_flag"),
                   ("5 hours ago", "2025-11-06T07:00Z", "relative_to_captured_at_flag"),
                   ("Yesterday", "2025-11-05", "relative_to_captured_at_flag"),
                   ("1 day ago", "2025-11-05", "relative_to_captured_at_flag"),
                   ("2 days ago", "2025-11-04", "relative_to_captured_at_flag")]


def test_file_mtime_is_the_last_resort(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text((LAYOUTS / "aggregator_five.txt").read_text(encoding="utf-8"), encoding="utf-8")
    when = datetime(2025, 11, 6, 12, 0, tzinfo=timezone.utc).timestamp()
    os.utime(page, (when, when))
    articles = _ingest(page)
    assert {a.date_source for a in articles} == {"relative_to_file_mtime"}
    assert articles[0].date == "2025-11-06T10:00Z" and articles[-1].date == "2025-11-04"


def test_a_date_in_the_page_beats_the_flag(tmp_path):
    page = tmp_path / "front.txt"
    page.write_text(
        "Harbour council approves new ferry line\n"
        "Published: 3 November 2025\n"
        "The harbour council approved a new ferry line on Monday. The line will carry 900 passengers a day "
        "between the two islands, and construction of the new pier starts in March, officials said.\n"
        "\n"
        "Related stories\n"
        "\n"
        "Wind farm off the north cape opens with 40 turbines\n"
        "Valley Courier · 2 days ago\n"
        "The wind farm opened on Saturday with 40 turbines. It will power 30,000 homes, the operator said, "
        "and a second phase with 20 more turbines is planned for the next year.\n", encoding="utf-8")
    articles = _ingest(page, captured_at="2025-12-24")
    by_title = {a.title: a for a in articles}
    ferry, wind = by_title["Harbour council approves new ferry line"], by_title[
        "Wind farm off the north cape opens with 40 turbines"]
    assert (ferry.date, ferry.date_source) == ("2025-11-03", "page")
    assert (wind.date, wind.date_text, wind.date_source) == ("2025-11-01", "2 days ago", "relative_to_page")


def test_jsonl_capture_times(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"title": "Dated", "text": "The bridge opened to traffic on Monday morning.", "date": "Nov 3, 2025"},
        {"title": "Captured", "text": "The ferry carried 900 passengers on its first day.", "date_text": "3h",
         "captured_at": "2025-11-03T12:00:00Z"},
        {"title": "Relative in date", "text": "The tram line closed for repairs after the storm.",
         "date": "yesterday", "captured_at": "2025-11-03"},
        {"title": "Nothing", "text": "The library lent out 500 telescopes this winter.", "date_text": "2 days ago"},
    ]
    feed.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    when = datetime(2025, 12, 1, 8, 0, tzinfo=timezone.utc).timestamp()
    os.utime(feed, (when, when))
    by_title = {a.title: a for a in _ingest(feed)}
    assert (by_title["Dated"].date, by_title["Dated"].date_source) == ("2025-11-03", "jsonl")
    assert (by_title["Captured"].date, by_title["Captured"].date_source) == ("2025-11-03T09:00Z", "relative_to_captured_at")
    relative = by_title["Relative in date"]
    assert (relative.date, relative.date_text, relative.date_source) == ("2025-11-02", "yesterday", "relative_to_captured_at")
    assert (by_title["Nothing"].date, by_title["Nothing"].date_source) == ("2025-11-29", "relative_to_file_mtime")
    flagged = {a.title: a for a in _ingest(feed, captured_at="2025-11-10")}
    assert (flagged["Captured"].date, flagged["Captured"].date_source) == ("2025-11-10", "relative_to_captured_at_flag")
    assert flagged["Dated"].date_source == "jsonl"


def test_html_meta_gives_a_capture_date_time():
    html = ("<html><head><title>Ferry</title><meta property='article:published_time' content='2025-11-03T08:15:00+01:00'>"
            "</head><body><article><h1>Ferry line opens</h1><p>" + "The new ferry line opened on Monday. " * 30
            + "</p></article></body></html>")
    _, meta = html_to_text(html)
    assert meta["date"] == "2025-11-03"
    assert parse_absolute(meta["datetime"]).iso() == "2025-11-03T07:15Z"


def test_every_relative_date_in_the_seeds_resolves():
    articles = _ingest(SEEDS)
    assert len(articles) == 9
    relative = [a for a in articles if a.date_text]
    assert len(relative) == 7
    for a in relative:
        assert ISO_ANY.match(a.date or ""), a
        assert a.date_source == "relative_to_file_mtime"
    flagged = _ingest(SEEDS, captured_at="2025-07-26T12:00Z")
    got = sorted(((a.source, a.date_text, a.date, a.date_source) for a in flagged if a.date),
                 key=lambda t: tuple(x or "" for x in t))
    assert got == sorted([
        ("Qatar Tribune", "21 hours ago", "2025-07-25T15:00Z", "relative_to_captured_at_flag"),
        ("Qatar Tribune", "21 hours ago", "2025-07-25T15:00Z", "relative_to_captured_at_flag"),
        ("Qatar Tribune", "21 hours ago", "2025-07-25T15:00Z", "relative_to_captured_at_flag"),
        ("Al Jazeera", "4 days ago", "2025-07-22", "relative_to_captured_at_flag"),
        ("Al Jazeera", "2 hours ago", "2025-07-26T10:00Z", "relative_to_captured_at_flag"),
        ("Al Jazeera", "8 hours ago", "2025-07-26T04:00Z", "relative_to_captured_at_flag"),
        ("Al Jazeera", "12 hours ago", "2025-07-26T00:00Z", "relative_to_captured_at_flag"),
        (None, None, "2025-07-22", "page"),
    ], key=lambda t: tuple(x or "" for x in t))


# ------------------------------------------------------------------------------ the latest

@pytest.mark.parametrize("question, latest", [
    ("How many prisoners have been exchanged so far?", True),
    ("What is the latest death toll?", True),
    ("Who currently leads the delegation?", True),
    ("Where are the talks now?", True),
    ("What is the most recent figure?", True),
    ("Wie viele Drohnen wurden bisher gezählt?", True),
    ("How many drones did Russia launch overnight?", False),
    ("Who is the Kremlin spokesman?", False),
    ("What did the snowman know?", False),
])
def test_recency_words(question, latest):
    assert wants_latest(question) is latest


OLD_TEXT = ("Officials said 1,100 prisoners had been exchanged by Monday. The swap took place at the border. "
            "Both sides confirmed the numbers.")
NEW_TEXT = ("Officials said 1,200 prisoners had been exchanged by Wednesday. The swap took place at the border. "
            "Both sides confirmed the numbers. A further exchange is planned.")


def _report(aid, text, date, source, story="s1"):
    return Article(id=aid, title=f"Prisoner swap ({source})", text=text, source=source, date=date, story_id=story)


def test_prefer_newest_quotes_the_newest_report_exactly():
    old = _report("old", OLD_TEXT, "2025-11-01", "Outlet A")
    new = _report("new", NEW_TEXT, "2025-11-03", "Outlet B")
    undated = _report("undated", NEW_TEXT, None, "Outlet C")
    chunk = Chunk("old:0", "old", 0, len(OLD_TEXT), OLD_TEXT)
    passage = Passage(chunk=chunk, article=old, score=0.9, also_reported_by=(new, undated))
    moved = prefer_newest([passage])[0]
    assert moved.article.id == "new" and moved.score == 0.9
    assert moved.chunk.text == NEW_TEXT[moved.chunk.start:moved.chunk.end]
    assert "1,200" in moved.chunk.text
    assert {a.id for a in moved.also_reported_by} == {"old", "undated"}
    # Already the newest, or a newer report that tells another part of the story: unchanged.
    assert prefer_newest([moved])[0] is moved
    # A date range that ends before the newer report keeps the older one.
    assert prefer_newest([passage], until="2025-11-02")[0] is passage
    other = _report("other", "The weather was mild all week and the harvest began early in the valley.",
                    "2025-11-05", "Outlet D")
    unrelated = replace(passage, also_reported_by=(other,))
    assert prefer_newest([unrelated])[0] is unrelated
    assert matching_window(other, chunk) is None


def test_answer_states_the_date_of_its_first_quote():
    new = _report("new", NEW_TEXT, "2025-11-03T09:00Z", "Outlet B")
    citation = Citation(n=1, article=new, quote=NEW_TEXT[:61], start=0, end=61, score=0.9)
    answer = Answer(question="q", answer=f"{NEW_TEXT[:61]} [1]", short_answer=None, abstained=False,
                    citations=(citation,))
    dated = with_date(answer)
    assert dated.answer == f"As of 2025-11-03 (Outlet B): {NEW_TEXT[:61]} [1]"
    assert dated.as_of == "2025-11-03T09:00Z" and dated.to_json()["as_of"] == "2025-11-03T09:00Z"
    assert with_date(answer, max_words=12).answer == answer.answer  # the opening never breaks the word limit
    assert with_date(answer, max_words=12).as_of == "2025-11-03T09:00Z"
    first, second = "Officials said 1,200 prisoners had been exchanged by Wednesday.", "The swap took place at the border."
    two = replace(answer, answer=f"{first} [1] {second} [1]")
    assert with_date(two).answer == f"As of 2025-11-03 (Outlet B): {two.answer}"
    # Over the limit, whole quoted sentences go from the end; the quotes that stay are untouched.
    assert with_date(two, max_words=20).answer == f"As of 2025-11-03 (Outlet B): {first} [1]"
    undated = Citation(n=1, article=_report("u", NEW_TEXT, None, "Outlet C"), quote="x", start=0, end=1, score=0.5)
    assert with_date(Answer("q", "x [1]", None, False, (undated,))).answer == "x [1]"
    assert with_date(Answer("q", "no answer", None, True, (citation,))).as_of is None


@pytest.mark.slow
def test_a_question_about_the_latest_cites_the_newest_report(tmp_path, factdesk_home, encoder):
    from qa import Assistant, Config

    body = ("Officials said {n} prisoners had been exchanged by {day} in the latest swap between the two "
            "countries, the largest since the war began. The exchange took place at a border crossing in the "
            "north, where buses carried the freed soldiers to a nearby hospital for checks. Relatives waited "
            "for hours at the crossing with flags and photographs. The defence ministry thanked the mediators "
            "for their work and said further exchanges were being prepared. {extra}")
    feed = tmp_path / "swap.jsonl"
    feed.write_text("\n".join(json.dumps(x) for x in [
        {"title": "Prisoner swap at the border", "source": "Outlet A", "date": "2025-11-01",
         "text": body.format(n="1,100", day="Monday", extra="")},
        {"title": "Prisoner swap at the border continues", "source": "Outlet B", "date": "2025-11-03",
         "text": body.format(n="1,200", day="Wednesday", extra="A further exchange is planned next month.")},
    ]), encoding="utf-8")
    assistant = Assistant(tmp_path / "index", Config.from_env(), build_default=False)
    assistant.index([feed])
    assert assistant.library().story_count() == 1
    answer = assistant.ask("How many prisoners have been exchanged so far?")
    assert answer.citations[0].article.source == "Outlet B"
    assert answer.answer.startswith("As of 2025-11-03 (Outlet B): ") and answer.as_of == "2025-11-03"
    for c in answer.citations:
        assert c.quote == assistant.article(c.article.id).text[c.start:c.end]
    assert [a.source for a in assistant.articles()] == ["Outlet B", "Outlet A"]
    assert [a.source for a in assistant.articles(until="2025-11-02")] == ["Outlet A"]
    old = assistant.ask("How many prisoners were exchanged?", until="2025-11-02")
    assert {c.article.source for c in old.citations} == {"Outlet A"} and old.as_of is None


def test_a_day_word_keeps_its_clock_after_a_connecting_word_of_its_language():
    for text in ("Ontem às 19h15", "вчера в 18:40", "eilen klo 18.40", "jučer u 18:40", "χθες στις 18:40",
                 "wczoraj o 18:40", "ayer a las 9:40 p. m.", "hier, 21 h 10"):
        assert parse_relative(text) == Relative(1, "day"), text


def test_arabic_since_stands_for_ago():
    assert parse_relative("منذ 3 ساعات") == Relative(3, "hour") == parse_relative("قبل 3 ساعات")
    assert parse_relative("منذ ١٢ دقيقة") == Relative(12, "minute")
    assert parse_relative("Abierto 24 horas") is None and parse_relative("منذ عام 2010") is None
