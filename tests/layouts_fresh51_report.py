"""Fifty-first blind held-out measurement of page splitting (tests/data/layouts-fresh51).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all eight are ordinary
mainstream general news pages (national dailies, television news sites, a national news agency's wire
service, a live page and section fronts) from countries with big news markets not used before, six
in English and two in major world languages not used before: an Egyptian English-language national
daily's article page (an Arabic-edition link 'النسخة العربية' first, 'Wednesday, 13 May 2026', a
'»' breadcrumb, a standfirst without a full stop starting the body, then a byline without 'By' and
with a space before the comma 'NAME , Tuesday 12 May 2026', a print edition line 'Print edition: Page
3 | Wednesday 13 May 2026' giving the next day, a 'Short link:' URL line, a share line and a caption
ending '(Photo: Nile Morning Post)' between the standfirst and the first paragraph, an 'Also read:
...' link and an 'Advertisement' label inside the copy, 'Keywords:' with pipes, a numbered 'Most read'
list, a newsletter box, a publisher sentence and a copyright line naming the publishing house); a
Saudi English-language daily's 'Saudi Arabia' section front printing three stories in full (a 'HAJJ
1447: ...' coverage bar first, 'Thursday 14 May 2026 | 27 Dhul Qadah 1447' with the Gregorian and the
Hijri date of the same day, caps kickers, one of them a city, 'NAME | 3 hours ago', 'Saudi Horizon
Staff | Yesterday 21:10' and 'NAME | 11 May 2026' with the writer first, caps city datelines with a
colon 'RIYADH: ...' opening each body, a 'Read also: ...' link inside the copy, an 'Advertisement'
label between the second and third stories, a share line after each, a publisher sentence, a
copyright line naming the publishing house and a cookie line last); an Iraqi Kurdistan television
channel's English news site's article (a four-way switch 'کوردی | Kurmancî | عربي | English' in two
scripts first, 'Watch Zinar TV live', 'Monday, May 11, 2026', '5 hours ago' above 'By NAME', a caption
ending 'Photo: Zinar News', the dateline 'ERBIL, Kurdistan Region — ...' opening the body, a quotation
closed by ',\" NAME, the director of the dam, told Zinar News.' naming the outlet in the copy, a
'Related: ...' link inside the copy, 'Reporting by NAME in Sulaimani; editing by NAME' and a hashtag
line after it, a description sentence naming the service and the channel and a copyright line naming
the network); a Belgian English-language news site's national strike live page with three entries (a
cookie consent line first, 'NL | FR | DE | EN', 'Friday 15 May 2026', a caps 'LIVE' kicker over the
live page's own headline ending '– live', a standfirst without a full stop, 'Edited by NAME and NAME',
a 'PINNED' 'What you need to know' box of three '•' lines, entries timed '32 min ago', '09:15' and
'Yesterday, 22:10' (the evening before the strike), each with a 'Posted by NAME' line under its
headline and 'Share this post' after it, 'Read more' with day-first dates, a newsletter line, a
description sentence and a copyright line naming the company); a Moroccan national news agency's
English-service wire story (a five-way switch 'العربية | ⵜⴰⵎⴰⵣⵉⵖⵜ | Français | English | Español' with
Amazigh in Tifinagh first, the initials 'ZPA' over the agency's full name, 'Rabat, Wednesday 13 May
2026' as a place-and-date header, '12/05/2026 - 16:22' day first with a hyphen, 'Listen to this
article', 'Print | Send by email', a caption ending '(ZPA file photo)', the dateline 'Tangier - The
...' with a spaced hyphen opening the body, no writer and no end mark, 'Tags:' with commas, 'Read also'
with slashed dates, a description sentence writing out the agency's name and '© 2026 ZPA - All rights
reserved'); a Lebanese English-language daily's 'Lebanon' page printing two stories in full ('Lire en
français | اقرأ بالعربية' first, 'Saturday, May 16, 2026', an exchange rate and weather line 'USD/LBP
89,500 · Beirut 27°C', caps kickers, a 'Lire cet article en français ›' link between the first headline
and its byline, 'By NAME · 4 hours ago' and 'By NAME · May 15, 2026 | 7:45 p.m.' with a dotted 'p.m.',
caps place datelines with an em dash 'BEIRUT — ...' and 'BAROUK, Mount Lebanon — ...' opening the
bodies, a 'Read more: ...' link and an 'Advertisement' label inside the first story, 'Comments (N)'
after each, a publisher sentence and a copyright line naming the company); a Pashto-language Afghan
television channel's news site's article (right to left, with Eastern Arabic-Indic digits: a 'تازه
خبر: ...' breaking line first, 'پښتو | دری | English', a live-stream line, 'سه‌شنبه، ۲۲ غویی ۱۴۰۵ لمریز
| ۱۲ مې ۲۰۲۶' with the Afghan solar Hijri date with a Pashto month name beside the Gregorian date, a
'›' breadcrumb, '۴ ساعته مخکې' (4 hours ago) as the only date, 'خبریال: NAME', a share line with Latin
network names, a caption ending 'انځور: روښانه ټلویزیون', guillemets closed by '»، ځدراڼ زیاته کړه.',
the channel named in the copy, a 'دا هم ولولئ: ...' link and an 'اعلان' label inside the copy, 'ټګونه:',
'اړوند خبرونه' with solar Hijri dates, a description sentence with a founding year and a copyright line
naming the media group); and an Odia-language daily's 'ରାଜ୍ୟ' (state) page printing two stories in
full (with Odia digits: a utility link line 'ଇ-ପେପର | ଭିଡିଓ | ଫଟୋ ଗ୍ୟାଲେରୀ | ରାଶିଫଳ' first, 'ଓଡ଼ିଆ |
English', 'ଶୁକ୍ରବାର, ୧୫ ମେ ୨୦୨୬', meta lines '୩ ଘଣ୍ଟା ପୂର୍ବରୁ · ଆମ ପ୍ରତିନିଧି' (3 hours ago · our
correspondent) and '୧୪ ମେ ୨୦୨୬, ସନ୍ଧ୍ୟା ୬:୪୦ · ନିଜସ୍ୱ ପ୍ରତିନିଧି' with a word for the evening before a
12-hour time, print-style datelines 'ଭୁବନେଶ୍ୱର, ୧୫ା୫ (ନି.ପ୍ର.): ...' with the aa-kar sign 'ା' between
day and month opening the bodies, curly quotes closed by ',” ବୋଲି NAME କହିଛନ୍ତି।', an 'ଆହୁରି ପଢ଼ନ୍ତୁ:
...' link and a 'ବିଜ୍ଞାପନ' label inside the first story, a description sentence, a copyright line
naming the company and an English cookie line last). Four pages hold two or three articles each (two
three, two two), the others one. Dates mix absolute dates in several formats and languages ('NAME ,
Tuesday 12 May 2026', '11 May 2026', '12/05/2026 - 16:22' day first, 'May 15, 2026 | 7:45 p.m.', the
Odia '୧୪ ମେ ୨୦୨୬, ସନ୍ଧ୍ୟା ୬:୪୦', a bare '09:15' on a live page) with relative times ('3 hours ago',
'Yesterday 21:10', '5 hours ago', '32 min ago', 'Yesterday, 22:10', '4 hours ago', '۴ ساعته مخکې', '୩
ଘଣ୍ଟା ପୂର୍ବରୁ') beside a date line that fixes the day they were read (mastheads' date lines in English,
Pashto and Odia, one in Gregorian and Hijri, one in the Afghan solar and the Gregorian calendar, one
a place-and-date header), and event days that are not the articles' dates (a print edition on the
next day, a procurement season from 15 April to 15 August, the Day of Arafat on 9 Dhul Hijjah and
Tuesday, May 26, a conference from Nov. 16 to 19 and registration on June 1, releases from June 1, a
second strike day on Tuesday 9 June, a terminal in the first quarter of 2027 and a summer operation
from 15 June, a storm on May 9 and trails reopening on May 30, night closures from 1 Jawza and the Eid
days, schools reopening on June 18, a bridge opening on Sunday, May 17 and heavy vehicles from July 1).
The outlet is named in mastheads, photo credits, a staff credit, the copy, a newsletter pitch,
description and publisher sentences and copyright lines (the agency is written out under its
initials and in its footer, and seven copyright lines name a publishing house, company, network or
media group instead of the outlet). Outlets, people and organisations are invented (the towns,
rivers and ports are real). Their gold files were written before the splitter was ever run on them.
They are a measurement, not a target: nothing here asserts on the scores, and the file is not
collected by pytest.

First measurement (the models and rules of 537455f: the learned parts retrained on fresh3 to fresh50 with session
17's first rules; run once, before any change for these pages): 14 articles of gold, 14 found; title 100.0%, outlet
71.4%, date 71.4%, boundary 92.9%, 1 furniture line left. Without the article filter: 17 found; title 100.0%, outlet
71.4%, date 71.4%, boundary 76.5%, 10 furniture lines left. The rules alone: 15 found; title 42.9%, outlet 0.0%,
date 64.3%, boundary 53.3%, 39 furniture lines left. Also blind, on 4782e83 (the end of session 16): 14 found; title
100.0%, outlet 71.4%, date 64.3%, boundary 92.9%, 1 furniture line left.

Run ``python tests/layouts_fresh51_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH51 = HERE / "data" / "layouts-fresh51"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH51, label="fresh51 pages"))
