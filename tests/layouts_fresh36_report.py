"""Thirty-sixth blind held-out measurement of page splitting (tests/data/layouts-fresh36).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different kinds
and four in other languages, copied from a browser (select all, copy, paste as plain text), from
invented outlets in layouts distinct from each other and from the earlier batches: a Namibian
daily's 'Regions' page printing two full stories (the page's date line first with a zero-padded day,
'Tuesday, 03 February 2026', a 'Windhoek 31°C' line, the reporter's bare name under the first
headline, 'Published 02 Feb 2026 · 18:45', a caption with an all-caps lead 'DRY TAPS:' ending with a
spaced hyphen before 'Photo: NAME', all-caps town datelines with an en dash opening both bodies, an
'ALSO READ: ...' link and a '- Advertisement -' label inside the copy, 'N$2.4 million' and '04h00',
the reporter's email address after the body, the second story 'Staff Reporter' and '2 hrs ago' as
its only date); an Isle of Man weekly's schools story (a Manx Gaelic greeting 'Failt erriu' first, a
'TT 2026: 116 days to go' countdown, 'by NAME' in lower case after the headline, 'Thursday 5th
February 2026, 4:00 pm' with an ordinal day, 'Pic: Curragh Courant', 'MHK' and 'Tynwald', British
single quotes, a 'Don't miss: ...' link in the copy, a reader poll box, 'More news' over ordinal
weekday dates, the publishing company in the copyright line); a maternal-health charity's newsroom
with a field update from Sierra Leone (a 'Donate' button first in the menu, a spaced-slash
breadcrumb, a 'Field update' label, a headline opening with a quotation and a colon, 'Posted by
NAME, Programme Officer, Freetown', '2 February 2026', 'Photo: © CHARITY/NAME', first-person-plural
copy with present-tense 'she says', a two-line donation appeal box inside the copy, tags, an email
sign-up box, a registered charity number line, a cookie banner last); a Fijian news site's
climate-relocation story ('Bula! Sign in' first, a 'Trending:' label over four hashtags, 'News >
Local', a dek without a full stop, 'Story: NAME | Photo: NAME' in capitals, 'February 6, 2026 5:42
pm', a quotation opening in iTaukei and translated inside the quotes, 'RELATED STORY: ...' and
'ADVERTISEMENT - CONTINUE READING BELOW' inside the copy, 'Follow OUTLET on WhatsApp for breaking
news', one comma-separated tags line, the owning company in the copyright line); a Lao news site's
provincial story (Lao script without word spaces, 'ວັນຈັນ ທີ 9 ກຸມພາ 2026', a 'ລາວ' / 'English'
switch after the date, a combined news-and-photo credit 'ຂ່າວ-ພາບ: NAME' after the headline, '3
ຊົ່ວໂມງກ່ອນ' as the only date, a views count, 'ພາບ: ສຽງພູຫຼວງ', a 'ອ່ານຂ່າວກ່ຽວຂ້ອງ: ...' link and a
'ໂຄສະນາ' label inside the copy, kip amounts, the event dated the day before the story); a Malayalam
Kerala daily's local page printing two full stories ('ശനി, ഫെബ്രുവരി 7, 2026', a '|' breadcrumb,
'സ്വന്തം ലേഖകൻ' and the feminine 'സ്വന്തം ലേഖിക' as bylines, 'Published: February 06, 2026 09:50 PM
IST' in English on the Malayalam page, 'ചിത്രം: NAME', town datelines with a spaced bullet operator
'∙' opening both bodies, an 'ഇതുകൂടി വായിക്കാം: ...' link and a 'പരസ്യം' label inside the copy, a
comment count between the stories, the second story '2 മണിക്കൂർ മുൻപ്' as its only date); a
Luxembourgish regional portal's commune story (an 'LB FR DE EN PT' language switch, 'Dënschdeg, 10.
Februar 2026', a cookie box above the menu, 'Vum NAME' above a 'COMMUNE: ...' headline, a
two-sentence standfirst, '10.02.2026 | 07:45' and 'Aktualiséiert virun 2 Stonnen' between standfirst
and body, 'Foto: OUTLET/NAME', „...“ quotes, a 'Liest och: ...' link and a 'Reklamm' label inside
the copy, 'Kommentaren (5)', the company after an en dash in the copyright line); and an isiZulu
South African local paper's education story ('ULwesithathu, 4 kuNhlolanja 2026', 'NGU-NAME' in
capitals above the headline, 'Kushicilelwe: 04/02/2026, 08:15', 'Isithombe: Isibani Sendawo',
capitals inside words after prefixes, 'u-R450', a 'Funda nalokhu: ...' link and an 'Isikhangiso'
label inside the copy, 'Amazwana (4)', latest news over 'Emahoreni ama-3 edlule' and 'Izolo'). Two
pages hold two articles each, the others one. Dates mix absolute dates in several formats, scripts
and languages (an abbreviated month after a zero-padded day with a middle dot and a 24-hour time, an
ordinal day without commas and a 12-hour time, a plain day-month-year, US order without a comma
before a lower-case time, English with 'IST' on a Malayalam page, a dotted numeric date with a pipe,
a slashed day-first date, Lao, Malayalam, Luxembourgish and isiZulu date lines) with relative times
('2 hrs ago', '3 ຊົ່ວໂມງກ່ອນ', '2 മണിക്കൂർ മുൻപ്', the update line 'virun 2 Stonnen') beside a date
line that fixes the day they were read. The outlet is named in mastheads, photo credits, the copy, a
WhatsApp follow line, a charity-number line, email addresses and copyright lines (some naming only
the owning company). Outlets, people and places are invented. Their gold files were written before
the splitter was ever run on them. They are a measurement, not a target: nothing here asserts on the
scores, and the file is not collected by pytest.

First measurement: (to be recorded)

Run ``python tests/layouts_fresh36_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH36 = HERE / "data" / "layouts-fresh36"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH36, label="fresh36 pages"))
