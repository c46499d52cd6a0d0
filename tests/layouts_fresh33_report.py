"""Thirty-third blind held-out measurement of page splitting (tests/data/layouts-fresh33).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different
kinds and four in other languages, copied from a browser (select all, copy, paste as plain
text), from invented outlets in layouts distinct from each other and from the earlier batches:
a Zambian daily's WordPress story (a 'BREAKING NEWS' ticker of two headlines before the
masthead, the page's date line 'Wednesday, January 14, 2026', a meta line with pipes
'14/01/2026 | Mwela Herald Reporter | 4 Comments' naming the outlet as the author, a caption
ending 'PICTURE BY NAME', the real byline 'By CHANDA MWAPE in NSALAMBA' inside the post, an
all-caps first word, a 'RELATED: ...' link inside the copy, then 'Share this:', a 'Tags:' line,
'Post navigation', '4 thoughts on “HEADLINE”', two reader comments with 'NAME says:', dates and
'Reply', and the 'Leave a Reply' form); a Hong Kong English-language daily's housing story (a
newsletter line first, a '繁' language link, 'Thursday, 15 January 2026', a weather warning
line, a breadcrumb 'News / Hong Kong / Housing', a two-bullet summary box under the headline,
the reporter's bare name, 'Published: 8:47pm, 15 Jan 2026' and 'Updated: 11:02pm, 15 Jan
2026', 'Photo: NAME', Chinese names in brackets after two speakers, two 'Advertisement' labels
and a 'Read more: ...' link inside the copy, an author bio naming the paper); a national
geohazards agency's 'Media releases' page printing two volcanic alert bulletins in full (a
status strip of alert levels and an aviation colour code, a bulletin code line above each
headline, '12 January 2026, 10:40 am (UTC+11)', subheads in the first, 'Issued by: NAME, Duty
Volcanologist' and an identical 'Media contact: ...' line after each, 'Share' / 'Email' /
'Download PDF'); a US city alt-weekly's City Hall story (a member-drive bar first, a jokey
two-sentence tagline, a kicker over a two-sentence headline, a two-sentence dek, a lower-case
'by NAME' and the AP-style 'Jan. 13, 2026, 5 a.m.' between dek and first paragraph, a
'Previously: ...' link and a three-line membership appeal inside the copy followed by a quoted
subhead, a 'Reach him at ...' tagline, 'Comments (12)', 'More News' with '2 days ago'); a
Kazakh Cyrillic regional portal ('ҚАЗ' / 'РУС', '14 қаңтар 2026, сәрсенбі', a weather line and a
three-line currency strip, '2 сағат бұрын' as the story's only date, '👁 1 348', 'Фото: Көкжиек',
«...» quotes with '– деді ол', an 'Оқи отырыңыз: ...' link, 'Авторы: NAME' after the body, a
hashtag line, latest news with bare times); an Uzbek Latin-script news site ('Ўзбекча' /
'Oʻzbekcha' / 'Русский', 'Payshanba, 15-yanvar, 2026-yil', the reporter's name and role
'muxbir' on two lines above the headline, '3 soat oldin · 2 184 marta oʻqildi' as the only date,
'Surat: «Yangi Tong»', a 'Shuningdek oʻqing: ...' link and a 'Reklama' label inside the copy, a
'Ctrl+Enter' error-report line); an Armenian regional news site ('ՀԱՅ' / 'РУС' / 'ENG', no page
date, 'հունվարի 16, 2026 11:25' with the genitive month first, 'Հեղինակ՝ NAME', a view count, a
two-sentence standfirst before the caption 'Լուսանկարը՝ Ձորափի Լուրեր', Armenian full stops,
a 'Կարդացեք նաև՝ ...' link, related headlines with dotted dates, the cookie notice last); and a
Marathi daily's district page printing two full stories ('शनिवार, १७ जानेवारी २०२६' with
Devanagari digits, 'प्रतिनिधी | तिरोडगाव', '१७ जाने. २०२६ | सकाळी ०६:३०', '(छाया : जनसेतू)', the
dateline 'तिरोडगाव, ता. १६ :' opening the first body, a 'हेही वाचा : ...' link and a 'जाहिरात'
label inside it, the second story signed 'विशेष प्रतिनिधी' with no date of its own). Two pages
hold two articles each, the others one. Dates mix absolute dates in several formats, scripts
and languages (long with weekdays, numeric with slashes, AP style, with UTC offsets, with the
time before the date, Devanagari digits with an abbreviated month, a genitive month first) with
relative times beside a page date line that fixes the day they were read; the Marathi second
story has no date of its own. The outlet is named in mastheads, bylines, photo credits, the
copy, author bios, reuse notices, channel promotions and copyright lines. Outlets, people and
places are invented. Their gold files were written before the splitter was ever run on them.
They are a measurement, not a target: nothing here asserts on the scores, and the file is not
collected by pytest.

First measurement: (to be recorded)

Run ``python tests/layouts_fresh33_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH33 = HERE / "data" / "layouts-fresh33"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH33, label="fresh33 pages"))
