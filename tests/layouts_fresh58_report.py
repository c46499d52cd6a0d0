"""Fifty-eighth blind held-out measurement of page splitting (tests/data/layouts-fresh58).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time every page is in a language
not used before, seven of them in scripts other than Latin (Tibetan, Japanese kana and kanji, Korean
Hangul, Devanagari, the Arabic-based Uyghur script, Thaana and Sakha Cyrillic) and one in English
under a Cherokee syllabary masthead, with mastheads in the page's own script and often transliterated
beside it: a Tibetan-language exile weekly's education story from Dharamsala (a 'བོད་ཡིག | English |
हिन्दी' switch first, the masthead 'ཆུ་མིག་དཀར་པོ།' over a transliterated 'Chumik Karpo · Tibetan Weekly ·
Dharamsala' line, a date line giving the Tibetan calendar date and the Gregorian date of the same day
in Tibetan digits 'བོད་རབ་བྱུང་ ༡༧ མེ་རྟ་ལོ། ཟླ་ ༣ ཚེས་ ༢༨ · སྤྱི་ལོ་ ༢༠༢༦ ཟླ་ ༥ ཚེས་ ༡༤ གཟའ་ཕུར་བུ།', a byline with a
shad after the label 'སྙན་སྒྲོན་པ། NAME', 'ཁྱབ་བསྒྲགས། ཆུ་ཚོད་ ༥ སྔོན' (published: 5 hours ago) as the only
date, a reader count, a caption ending 'པར། ཆུ་མིག་དཀར་པོ།', the dateline 'དྷ་རམ་ས་ལ།' opening the body,
guillemets closed by '» ཅེས་གསུངས།', a 'ཀློག་རྒྱུ། ...' link inside the copy, related news over relative
days, a Tibetan description sentence, an English copyright line naming a media trust with Tibetan
digits and an English cookie line last); a Japanese-language Kochi regional daily's '地域' section
front printing two stories in full (a 'ログイン | 会員登録（無料）' bar first, '土佐しおかぜ新聞' over a romanised
caps line, '2026年5月13日（水）令和8年' with the era year, a weather line, a full-width '＞' breadcrumb, meta
lines '3時間前 ｜ 幡多支局' and '2026/05/12 18:40 ｜ 室戸支局' with a full-width pipe before the bureau, a
caption ending '＝撮影・NAME）' before the first body, bodies opening with bracketed place tags '【四万十】'
and '【室戸】', corner-bracket quotations closed by '」と話していた。', 'この記事をシェア' after each story, a
bare '広告' label between them, '関連記事' over dates without a year, a numbered ranking, a Japanese
cookie line and a copyright sentence naming the company); a Korean-language Jeju regional daily's
article page (the account links one a line first, '제주바람일보', '2026년 5월 15일 금요일', a weather and
fine-dust strip, a '>' breadcrumb, a subtitle line under the headline, '김서연 기자' with the title after
the name, '입력 2026.05.14 21:47' and '수정 2026.05.15 08:05' on their own lines with dotted dates, a
caption ending '(사진=제주바람일보 DB)', a '[관련기사] ...' link inside the copy, quotations closed by
'"고 당부했다.', the reporter's name with an e-mail address after the body, the Korean copyright notice
'<저작권자 © 제주바람일보 무단전재 및 재배포 금지>', hashtags, a numbered most-read list and a footer
registration line with pipes); a Hindi-language district news portal's Chamoli page printing two items
in full (a 'ब्रेकिंग: ...' ticker first, 'हिंदी | English | गढ़वाली' with Garhwali, 'नंदा घाटी समाचार' over a
transliterated line, 'मंगलवार, १२ मई २०२६' in Devanagari digits, a '»' breadcrumb, one-word labels, meta
lines 'संवाददाता, जोशीमठ | 2 घंटे पहले' and 'नंदा घाटी समाचार डेस्क | कल, शाम 6:15 बजे' with a relative day,
a part-of-day word and a clock time, datelines closed by a danda 'जोशीमठ।', a caption ending 'फोटो: नंदा
घाटी समाचार', a 'यह भी पढ़ें: ...' link inside the copy, a 'विज्ञापन' label between the items, a numbered
most-read list, a description sentence and a Hindi cookie line last); a Uyghur-language weekly's
education story from Chilik, Kazakhstan, in the Arabic-based script (a tenge exchange strip first,
'ئۇيغۇرچە | Уйғурчә | Қазақша | Русский' with Uyghur in both scripts, the masthead 'چېلەك ئاۋازى' over its
Cyrillic form 'Чилик авази', '2026-يىلى 11-ماي، دۈشەنبە' with a suffixed year and day, 'مۇخبىر: NAME', '3
سائەت ئىلگىرى' as the only date, a view count, a caption ending 'سۈرەت: «چېلەك ئاۋازى»', an 'ئوقۇڭ: ...' link
inside the copy, the outlet in guillemets in the copy, related news over dotted dates and a Russian
media registration line last with its own date); a Dhivehi-language Addu City news site's transport
story in Thaana (an 'English | ދިވެހި' switch first, the masthead 'ދެކުނު ރާޅު' over a caps
'DHEKUNU RAALHU', 'ބުރާސްފަތި 14 މެއި 2026 | 27 ޛުލްޤަޢިދާ 1447' with the Hijri date after a pipe, a
prayer-times strip, 'ލިޔުނީ: NAME', '2 ގަޑިއިރު ކުރިން' as the only date, a comment count, a caption
ending 'ފޮޓޯ: ދެކުނު ރާޅު', a 'މިވެސް ކިޔާލައްވާ: ...' link inside the copy, 'އިޝްތިހާރު' after the body,
related news over relative days and a Latin-script copyright line with the transliterated name); a
Cherokee community paper's 'Language & Schools' page from Tahlequah, Oklahoma, printing two items in
full (a 'Skip to content' link first, 'ᏣᎳᎩ | English', the syllabary masthead 'ᏅᏯ ᎧᏁᎬ' over 'Nvya Kanegv',
a bilingual date line 'ᏧᎾᎩᎶᏍᏗ, ᎠᏂᏍᎬᏘ 15, 2026 · Friday, May 15, 2026', a 'Word of the day: ...' strip, a
'ᎣᏏᏲ! Sign in · Subscribe' line, caps 'LANGUAGE' and 'CULTURE' labels, 'Posted 4 hours ago by NAME' and
'May 12, 2026 · Staff report', caps datelines with em dashes, a caption ending 'Photo: Nvya Kanegv',
quotations holding syllabary words, a 'Read more: ...' link inside the copy, a caps 'ADVERTISEMENT'
label and a one-line advertisement between the items, a newsletter box, a description sentence saying
it is no tribal government's publication and a copyright line naming the company); and a
Sakha-language (Yakut) Yakutsk news site's live page on the Lena ice drift with three timed entries
(a riverbank warning bar with the emergency number first, 'Саха | Русский', 'Өлүөнэ Саҥата' over a Latin
transliteration 'Ölüöne Saŋata · Дьокуускай', a caps 'ОНЛАЙН' kicker over the live page's headline and a
standfirst without a full stop, 'Саҥардыллыбыт: 16.05.2026, 11:42 (Дьокуускай кэминэн)' as the page's only
full date, a staff credit naming the paper in guillemets, a key-events box of shortened summaries,
entries timed '12 мүнүүтэ иннинэ', '2 чаас иннинэ' and '08:15', each closed by 'Бу түгэни үллэстэ', a
'▶ Видео: ... (1:04)' block and a Russian 'Реклама' label between entries, guillemets closed by '», —
диэтэ NAME.', related news over dotted dates and a Russian registration line last). Four pages hold two
or three articles each (one three, three two), the others one. Dates mix absolute dates in several
formats and scripts ('2026/05/12 18:40', '입력 2026.05.14 21:47' with a later '수정' line on the page's
day, 'May 12, 2026', a bare '08:15' on a live page) with relative times ('ཆུ་ཚོད་ ༥ སྔོན', '3時間前', '2 घंटे
पहले', 'कल, शाम 6:15 बजे', '3 سائەت ئىلگىرى', '2 ގަޑިއިރު ކުރިން', '4 hours ago', '12 мүнүүтэ иннинэ', '2 чаас
иннинэ') beside a date line that fixes the day they were read (mastheads' date lines in Tibetan and
Gregorian calendars in Tibetan digits, with a Japanese era year, in Korean, in Devanagari digits, in
Uyghur, with a Hijri date in Dhivehi, bilingual in Cherokee and English, and a live page's updated
line), and event days that are not the articles' dates (a summer course from 1 June and a deadline on
25 May, repair work from the 1st and a car park from 20 July, a festival on the 16th with a rain date on
the 17th, protective suits from next month's 1st, a pilgrimage from 23 May and a path cleared by 20
May, building work in June and a school year from 1 July, a library open from 1 June, a ferry from 1
June and extra sailings from 25 May, a graduation on May 22 with seats booked by May 20, a gathering on
Monday and the next on June 8, a ferry from 25 May and the Ysyakh on 20 June). The outlet is named in
mastheads in the page's script (six with a transliteration beside it, which is not the outlet; on
the Cherokee page the transliteration is the outlet's name as its credits write it), photo credits, desk credits, the copy, newsletter boxes, description sentences and copyright lines
(one copyright notice in Korean form, one line naming a media trust and one a company instead of the
outlet). Outlets, people and organisations are invented (the towns are real). Their gold files were
written before the splitter was ever run on them. They are a measurement, not a target: nothing here
asserts on the scores, and the file is not collected by pytest.

First measurement (the models and rules of eadc212, session 17's last: the learned parts trained on fresh3 to
fresh50; run once, before any change for these pages): 13 articles of gold, 10 found; title 61.5%, outlet 46.2%,
date 30.8%, boundary 38.5%, 12 furniture lines left. Without the article filter: 13 found; title 61.5%, outlet
46.2%, date 30.8%, boundary 38.5%, 16 furniture lines left. The rules alone: 13 found; title 53.8%, outlet 0.0%,
date 30.8%, boundary 23.1%, 51 furniture lines left.

Run ``python tests/layouts_fresh58_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH58 = HERE / "data" / "layouts-fresh58"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH58, label="fresh58 pages"))
