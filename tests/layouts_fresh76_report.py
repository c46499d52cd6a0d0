"""Seventy-sixth blind held-out measurement of page splitting (tests/data/layouts-fresh76).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time the eight are in
RIGHT-TO-LEFT AND INDIC LANGUAGES NOT USED BEFORE or in pages MIXING SCRIPTS, four of them with a date
line in a NON-GREGORIAN CALENDAR ONLY (Persian solar, Bikram Sambat, Hebrew, Buddhist era, Ethiopian)
beside a relative time in the page's language: a Balochi-language news site from Chabahar, Iran, on
the monsoon fishing ban (a Persian 'ورود | ثبت نام' login bar first, 'بلوچی | فارسی', a Persian date
widget in the solar Hijri calendar only 'سه‌شنبه ۵ خرداد ۱۴۰۵', the masthead 'تیاب' over a Balochi
tagline, 'نبشته: NAME · ۴ ساهت پیسر' with a Balochi relative age as the only date, a share line with
Iranian messengers, a caption ending 'عکس: تیاب', guillemets closed by '»، ... NAME، گوشت.', a 'ونت:
...' link inside the copy, related news over solar Hijri dates, a Balochi newsletter box, a Persian
press-licence line, '© ۱۴۰۵ تیاب. ...' and a Persian cookie line last); a Kashmiri-language Srinagar
daily's 'کشیر' section front printing three stories in full (an 'ای پیپر | سبسکرائب | English' bar
first, 'بۄدوار، ۲۷ مئی ۲۰۲۶ | سرینگر ۲۹° سیلسیس' with a Kashmiri weekday and a temperature, the
masthead over a Latin 'Koshur Khabar · Srinagar' line, district labels, 'نامہ نگار · ۳ گَنٹہٕ برونٛہہ',
'بارہمولہ نامہ نگار · راتھ، شامس ۶:۱۵' with yesterday, the evening and a clock time, 'NAME · ۲۴ مئی
۲۰۲۶', a 'یِہ تہِ پٔرِو: ...' link inside the copy, an 'اشتہار' label and a houseboat advertisement
between the second and third stories, a share line and a comment count after each, a numbered
most-read list, a description sentence and the publishing company in the copyright line); a
Tulu-language Udupi news site's story on the fishing ban at Malpe in the Kannada script (a 'ತುಳು |
ಕನ್ನಡ | English' switch first, 'ಗುರ್ವಾರ, 28 ಮೇ 2026' with a Tulu weekday, the masthead over a tagline
mixing a Latin transliteration and the town, 'ಬರೆಪಿನಾಯೆ: NAME', 'ಪ್ರಕಟ: ಕೋಡೆ, ರಾತ್ರೆ 8:40 | Updated: 28
May 2026, 09:05 IST' with a Tulu yesterday-at-night publication beside an English update, a reading
time, a caption ending 'ಪಟ: ತುಳುವೆರೆ ಧ್ವನಿ', curly quotes closed by ',” ಪಂಡ್‌ದ್ ... NAME ಪಂಡೆರ್.', an
'ಉಂದೆನ್ಲಾ ಓದುಲೆ: ...' link and a 'ಜಾಹೀರಾತು' label inside the copy, related news over English dates, a
Tulu description sentence, an English company copyright and an English cookie line last); a Newar
(Nepal Bhasa)-language Bhaktapur news site's story on a pond clean-up (a 'नेपाल भाषा | नेपाली |
English' switch first, 'बुधबाः, जेठ १३, २०८३' in the Bikram Sambat only with a Newar weekday, the
masthead in the Newa script over its Devanagari form, 'च्वमि: NAME · ५ घौ न्ह्यः' with a Newar relative
age as the only date, a caption ending 'किपा: ख्वप सन्देश', curly quotes closed by ',” ... NAME धाल।', a
'थ्व नं ब्वनादिसँ: ...' link and a 'विज्ञापन' label inside the copy, related news over Bikram Sambat
dates, an e-bulletin box, a Nepali registration line and the company in the copyright line); a
Bukhori (Bukharian Judeo-Tajik) community weekly's page from Forest Hills, Queens, in Tajik Cyrillic
with Hebrew script, printing two items in full ('בס״ד' alone first, 'Бухорӣ | English | Русский',
'Панҷшанбе, 12 Сивон 5786 · י״ב סיון תשפ״ו' in the Hebrew calendar only in both scripts, a
candle-lighting line, caps 'ХАБАР' and 'ЭЪЛОН' labels, '3 соат пеш · Муаллиф: NAME' and '10 Сивон 5786 ·
Муаллиф: NAME' with an absolute Hebrew-calendar date in Cyrillic, a caption ending 'Сурат: Овози Ҷамоа',
guillemets closed by '», — гуфт ... NAME.', a 'Ҳамчунин хонед: ...' link inside the copy, share lines
and comment counts, a description sentence, a Latin company copyright and an English cookie line
last); a Northern Thai (Kham Mueang) community news site's festivals page from Chiang Mai printing two
items in full (a Tai Tham and Thai tagline 'ᨩ᩠ᨿᨦᩉ᩠ᨾᩲ᩵ · ...' first, 'วันเสาร์ที่ 30 พฤษภาคม พ.ศ. 2569' in the
Buddhist era only, 'กำเมือง | ภาษาไทย', 'มื้อวา 17.30 น. · ข่าวโดย NAME' with the northern word for
yesterday and a dotted clock time, '27 พ.ค. 2569 · ข่าวโดย NAME', a caption ending '(ภาพ: ปิงเวียงนิวส์)',
curly quotes closed by '” NAME ROLE อู้' without full stops, an 'อ่านต่อ: ...' link inside the copy,
reader counts, a radio programme line, a description sentence naming the association that runs the
site, a Buddhist-era copyright and a Thai cookie line last); a Sidaamu Afoo (Sidama)-language Hawassa
news site's coffee price story in the Latin alphabet with Ethiopic-script dates (a 'Sidaamu Afoo |
አማርኛ | English' switch first, 'ማክሰኞ ግንቦት 18 ቀን 2018 ዓ.ም.' in the Ethiopian calendar only, in Amharic,
a caps 'BUNNA' kicker, 'Borreessaancho: NAME · 3 saate albaanni' with a Sidama relative age as the only
date, the town alone on a line, a caption ending 'Suuro: Gudumaale Media', curly quotes closed by ',”
yiino ... NAME.', a 'Qoleno nabbabi: ...' link and a 'Beeksiisa' label inside the copy, related news over
Amharic Ethiopian dates, '© 2018 ዓ.ም. Gudumaale Media PLC' and a Sidama cookie line last); and a
Saraiki-language Multan news site's city page printing two items in full (a 'تازہ:' heat ticker first,
'سرائیکی | اردو | English', 'اتوار، 31 مئی 2026', 'رپورٹ: NAME · 2 گھنٹے پہلوں' and 'رپورٹ: NAME · کل،
شام 7:10' with yesterday, the evening and a clock time, a caption ending 'فوٹو: روہی نیوز', guillemets
closed by '»، ... آکھیا۔', an 'اے وی پڑھو: ...' link inside the copy, an 'اشتہار' label and a sohan halwa
advertisement between the items, a description sentence, the network in the copyright line and a
Saraiki cookie line last). Four pages hold two or three articles each (one three, three two), the
others one. Dates mix absolute dates in several calendars, scripts and digits ('۲۴ مئی ۲۰۲۶' in Urdu
digits, the Hebrew-calendar '10 Сивон 5786' in Cyrillic, the Buddhist-era '27 พ.ค. 2569') with relative
times in the pages' languages ('۴ ساهت پیسر', '۳ گَنٹہٕ برونٛہہ', 'راتھ، شامس ۶:۱۵', 'ಕೋಡೆ, ರಾತ್ರೆ 8:40', '५ घौ
न्ह्यः', '3 соат пеш', 'มื้อวา 17.30 น.', '3 saate albaanni', '2 گھنٹے پہلوں', 'کل، شام 7:10') beside a date
line that fixes the day they were read (in the Persian solar Hijri calendar, the Bikram Sambat, the
Hebrew calendar, the Buddhist era and the Ethiopian calendar, each with no Gregorian date on the
page, and Gregorian date lines with Kashmiri, Tulu and Saraiki weekdays), and event days that are
not the articles' dates (a fishing ban from 15 Khordad to 15 Mordad and loans until 10 Khordad, a fare
list from 1 June, a landslide on Monday night and a warning until 29 May, a pilgrimage from 3 July to
9 August, a ban from 1 June to 31 July, the Sithi Nakha festival on 7 Asar, classes from Tammuz and
registration until 15 June, a memorial on 14 Sivan, a festival from 14 to 21 June 2569, a flood in
October 2567 and a holiday on 3 June, a market on Sene 15 and the year 2017 M.D., holidays from 1 June
to 14 August and an urs from 3 June). The outlet is named in mastheads, photo credits, descriptions,
WhatsApp lines and copyright lines (three copyright lines name a company or network instead of the
outlet, and three mastheads stand beside a transliteration or a second script). Outlets, people and
organisations are invented (the towns are real). Their gold files were written before the splitter
was ever run on them. They are a measurement, not a target: nothing here asserts on the scores, and
the file is not collected by pytest.

First measurement (the models and rules of b68472a, session 19's last: the learned parts trained on fresh3 to
fresh68 at 0816c6a; the gold was committed at ca88acd before any splitter run): 13 articles of gold, 9 found;
title 61.5%, outlet 30.8%, date 7.7%, boundary 53.8%, 4 furniture lines left. Without the article filter: 12
found; title 61.5%, outlet 30.8%, date 7.7%, boundary 53.8%, 11 furniture lines left. The rules alone: 11
found; title 7.7%, outlet 0.0%, date 7.7%, boundary 0.0%, 40 furniture lines left. Also blind, on c07f700
(session 20's first rules, made from fresh69-72 before these pages were read): the same.

Run ``python tests/layouts_fresh76_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH76 = HERE / "data" / "layouts-fresh76"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH76, label="fresh76 pages"))
