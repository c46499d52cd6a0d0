"""Fifty-second blind held-out measurement of page splitting (tests/data/layouts-fresh52).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time all eight are general news
pages from national and regional outlets in major languages not used before, in five scripts: a
Pashto-language Peshawar daily's district story (a 'تازه خبر: ...' breaking ticker first, 'پښتو | اردو |
English', 'پنجشنبه، ۱۴ مۍ ۲۰۲۶' with Persian-form digits and a Pashto month, a '›' breadcrumb, a place
kicker, the byline above the headline 'د NAME راپور، مینګوره', 'خپور شوی: ۴ ساعته مخکې' as the only date,
a reading-time line, a caption ending 'انځور: سپرلی', the outlet named in the copy in the oblique case,
guillemets with the full stop inside, a 'دا هم ولولئ: مالاکنډ: ...' link and an 'اعلان' label inside the
copy, 'اړوند خبرونه' over 'پرون' and a date, a numbered most-read list, a newsletter box, a founding
sentence and a copyright line naming the publishing society); an Igbo-language Enugu news site's
'Akụkọ Steeti' section front printing three stories in full (a WhatsApp prompt first, 'Mọnde, 11 Mee
2026 · Ụbọchị Orie' with the traditional market day, caps 'ENUGU', 'ANAMBRA' and 'NSUKKA' labels, 'Nke
NAME dere · awa 2 gara aga' with the byline first, 'Nke NAME dere · ụnyahụ, 6:45 mgbede' with a relative
day, a clock time and a day-part word, 'Nke NAME dere · 8 Mee 2026', curly quotes closed by ',” ka Eze
kwuru.', a 'Gụkwuo: Awka: ...' link inside the copy, 'Kọmentị (N) · Kekọrịta' after each story, a caps
'MGBASA OZI' label and a one-line advertisement between the second and third stories, a newsletter box,
a description sentence and a copyright line naming the company); a Bhojpuri-language Patna portal's
farming story from Siwan (a 'ब्रेकिंग: ...' bar first, 'बुध, 13 मई 2026' with a short Bhojpuri weekday and
Latin digits, a '»' breadcrumb, a one-sentence standfirst ending with a danda starting the body, then
'रिपोर्ट: NAME, सिवान', 'प्रकाशित: 12 मई 2026, 07:50 PM | अपडेट: 3 घंटा पहिले', a listen line 'सुनीं: 3
मिनट' and a caption ending 'फोटो: पुरुबिया पाती' between the standfirst and the first paragraph, curly
quotes closed by ',” ... कहलें।', an 'इहो पढ़ीं: छपरा: ...' link and a 'विज्ञापन' label inside the copy,
'रउआ के इहो नीक लागी' over '2 घंटा पहिले' and 'काल्ह', a WhatsApp channel line, a copyright line naming
the company and a Bhojpuri cookie line last); a Sundanese-language Bandung news site's live page on a
flood in Garut with three timed entries (a 'Sampurasun! ...' greeting first, 'Saptu, 16 Méi 2026', a caps
'LANGSUNG' kicker over the live page's own headline and a standfirst without a full stop,
'Panungtungan dianyarkeun 16/05/2026 11.20 WIB', 'Ku Tim Redaksi Sunda Kiwari', a pinned '📌 Nomer
darurat: ...' line, an 'Inti béja' box of shortened summaries, entries timed '12 menit ka tukang', '1 jam
ka tukang' and '07.45 WIB', each closed by 'Bagikeun apdet ieu', a '📷 Galeri: ... (14 poto)' line between
the first two entries, curly quotes closed by ',” ceuk NAME (46), ..., ka Sunda Kiwari.' naming the
outlet in the copy, 'Béja patali' with slashed dates, a membership appeal and a copyright line naming
the company); a Kurmanji Kurdish-language news agency's wire story from Van on its own site (a
'Kurmancî | Türkçe | English' switch first, 'ANS · Ajansa Nûçeyan Stêrk' with the initials and the
full name on one line, 'Sêşem, 12 Gulan 2026', the section over the headline, '11.05.2026 | 16:48' with a
dotted day-first date, a listen line, a caption ending 'Wêne: ANS', the caps dateline 'WAN (ANS) – ...'
with an en dash opening the body, Kurdish dates with ezafe endings ('ji 15ê Nîsanê heta 15ê Tîrmehê',
'di 23ê Gulanê de'), straight quotes closed by '," NAME, ... got.', a credits line 'Nûçe: NAME · Wêne:
NAME', editors' initials '(RD/BE)', a read count, 'Nûçeyên dawî' over 'berî 25 deqîqeyan', 'berî 2
saetan' and a dotted date, a description sentence writing out the agency and '© 2026 ANS.' with the
initials only); an Assamese-language Jorhat news site's latest-news list printing two items in full (a
four-town weather strip first, 'শুকুৰবাৰ, ৮ মে’, ২০২৬ | ২৫ ব’হাগ, ১৪৩৩ ভাস্কৰাব্দ' with the Gregorian and
the Bhaskarabda date of the same day in Assamese digits, place labels, desk credits instead of names
'নিজা প্ৰতিনিধি, যোৰহাট · ৩ ঘণ্টা আগতে' and 'নিজা সংবাদদাতা, মাজুলী · ২ দিন আগতে', curly quotes closed by
',” বুলি ... কয়।', a 'লগতে পঢ়ক: শিৱসাগৰ: ...' link inside the copy, 'মন্তব্য (N) · শ্বেয়াৰ কৰক' after
each item, a 'বিজ্ঞাপন' label and a one-line advertisement between the items, a newsletter box and a
copyright line naming the company); an Odia-language Cuttack daily's district story from Chilika (a
pipe utility bar with e-paper and horoscope links first, 'ବୁଧବାର, ୨୦ ମେ ୨୦୨୬' in Odia digits, a '>'
breadcrumb, a desk byline above the headline 'ନିଜସ୍ୱ ପ୍ରତିନିଧି, ସାତପଡ଼ା', 'ଗତକାଲି, ସନ୍ଧ୍ୟା ୬:୧୦ | ୨ ମିନିଟରେ
ପଢ଼ନ୍ତୁ' with a relative day, a day-part word, a clock time and a reading time, a caption ending 'ଫଟୋ:
ମହାନଦୀ ବାର୍ତ୍ତା', the Odia print dateline 'ସାତପଡ଼ା, ୧୯ା୫ (ମବା): ...' with the day and month joined by the
vowel sign 'ା' and the paper's initials opening the body, an 'ଆହୁରି ପଢ଼ନ୍ତୁ: ପୁରୀ: ...' link and a 'ବିଜ୍ଞାପନ'
label inside the copy, 'ସମ୍ବନ୍ଧିତ ଖବର' over '୩ ଘଣ୍ଟା ପୂର୍ବରୁ' and a date, a copyright line naming the
publishing company and an Odia cookie line last); and a Sindhi-language Hyderabad daily's mango story
from Mirpurkhas (a 'سنڌي | اردو | English' switch first, an e-paper line, a tagline with a founding
year, 'آچر، 10 مئي 2026' with Latin digits, a slash breadcrumb, the byline after the headline 'رپورٽ:
NAME، ميرپورخاص', 'ڇنڇر 09 مئي 2026، رات 11:05' with a zero-padded day and 'رات' (night) before the
time, a caption ending 'فوٽو: سنڌو سنيهو', curly quotes closed by ',” باغبان NAME چيو.', a 'پڻ پڙهو:
حيدرآباد: ...' link and an 'اشتهار' label inside the copy, 'لاڳاپيل خبرون' over '3 ڪلاڪ اڳ' and 'ڪالهه', a
numbered most-read list and a copyright line naming the publishing company). Three pages hold two or
three articles each (two three, one two), the others one. Dates mix absolute dates in several formats,
scripts and languages ('12 मई 2026, 07:50 PM', '8 Mee 2026', the dotted '11.05.2026 | 16:48', 'ڇنڇر 09
مئي 2026، رات 11:05', a bare '07.45 WIB' on a live page) with relative times ('۴ ساعته مخکې', 'awa 2
gara aga', 'ụnyahụ, 6:45 mgbede', '12 menit ka tukang', '1 jam ka tukang', '৩ ঘণ্টা আগতে', '২ দিন আগতে',
'ଗତକାଲି, ସନ୍ଧ୍ୟା ୬:୧୦') beside a date line that fixes the day they were read (mastheads' date lines in
Pashto, Igbo with a market day, Bhojpuri, Sundanese, Kurmanji, Assamese with a second calendar, Odia
and Sindhi, and a live page's last-updated line), and event days that are not the articles' dates (a
siren test on 20 May and holidays from 1 June, water from 1 June and a meeting on Saturday, a training
from 20 May, a tournament from 14 to 21 July, a meeting on 18 May and water until 15 June, schools shut
until Monday 18 May and exams on Wednesday 20 May, a fishing ban from 15 April to 15 July and a festival
on 23 May, buses from 18 May, ferries again from 11 May, boat rules from 1 June and a meeting on 25
May, exports from 25 May and a mango festival from 19 to 21 June). The outlet is named in mastheads,
photo credits, credit lines, the copy, newsletter boxes, description and founding sentences and a
dateline's initials (one agency's masthead gives its initials and its full name on one line, its
dateline and copyright line only the initials, and seven copyright lines name a company or society
instead of the outlet). Outlets, people and associations are invented (the towns, rivers and lakes
are real, and public bodies are named generically). Their gold files were written before the
splitter was ever run on them. They are a measurement, not a target: nothing here asserts on the
scores, and the file is not collected by pytest.

First measurement (the models and rules of 537455f: the learned parts retrained on fresh3 to fresh50 with session
17's first rules; run once, before any change for these pages): 13 articles of gold, 14 found; title 92.3%, outlet
23.1%, date 38.5%, boundary 85.7%, 2 furniture lines left. Without the article filter: 19 found; title 92.3%, outlet
23.1%, date 38.5%, boundary 63.2%, 15 furniture lines left. The rules alone: 15 found; title 23.1%, outlet 0.0%,
date 30.8%, boundary 0.0%, 65 furniture lines left. Also blind, on 4782e83 (the end of session 16): 14 found; title
76.9%, outlet 23.1%, date 38.5%, boundary 85.7%, 1 furniture line left.

Run ``python tests/layouts_fresh52_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH52 = HERE / "data" / "layouts-fresh52"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH52, label="fresh52 pages"))
