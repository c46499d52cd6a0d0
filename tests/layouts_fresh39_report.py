"""Thirty-ninth blind held-out measurement of page splitting (tests/data/layouts-fresh39).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different kinds
and four in other languages, copied from a browser (select all, copy, paste as plain text), from
invented outlets in layouts distinct from each other and from the earlier batches: a Bermuda daily's
Budget-day live page printing three timed entries, newest first ('Skip to main content', 'Friday,
February 20, 2026', a weather strip with pipes and a small-craft warning, a 'News › Politics'
breadcrumb, an all-caps 'LIVE' kicker, the live page's own headline and a standfirst without a full
stop, 'Last updated 2:51 pm', 'Reporting by NAME and NAME', blank lines between the blocks, each
entry under a time line ('14 minutes ago', then bare clock times '12:40 pm' and '10:05 am') with its
own headline and a 'Share' line, an 'ADVERTISEMENT' label between two entries, a caption ending
'(Photograph by NAME)' inside the oldest entry, 'Related coverage' over abbreviated US dates, the
publishing company in the copyright line); a Brunei English-language daily's Ramadan-bazaar story
on a WordPress news theme (the page's date line first in a top bar with social links, 'Home >
National', the theme's byline block split over five lines: 'By' alone, the name, a lone hyphen, a
bare US long date and a lone '0' comment counter, a caption ending 'PHOTO: NAME' in capitals, Malay
honorifics in the copy, a '- Advertisement -' label and a 'Don't miss: ...' link inside the copy,
'TAGS' over tags one a line, 'Previous article' / 'Next article', 'RELATED ARTICLES' / 'MORE FROM
AUTHOR', the theme's 'LEAVE A REPLY' comment form, '© Copyright 2026 - The Bandar Daily'); an
Antarctic research station's weekly newsletter printing three items under one dated issue header
(the station's name over its operator and coordinates, 'Issue 7 · Sunday 15 February 2026' as the
only date of all three, a station-conditions strip with middle dots and Unicode minus, a
last-flight countdown, a two-sentence welcome note, all-caps item labels, 'Words: NAME, ROLE' and
'Words and photo: NAME, ROLE' credits, a caption with and one without 'Photo: NAME', the station
leader's column with a sign-off line after the body, 'Previous issues' over issue lines, the
institute in the copyright line); a Turks and Caicos hospital's news story about its own dialysis
unit (an emergency banner first, 'Patient portal' / 'Pay a bill' links, a 'Home › News › Hospital
News' breadcrumb, one meta line '18 February 2026 | Written by NAME, Communications Officer', a
caption crediting the hospital itself, one subhead, a 'Related: ...' link inside the copy, a
one-line media-enquiries line with a pipe, a 'Tags:' line, 'Latest news' over day-first dates, the
hospital's address in the footer); a Bosnian regional portal's air-pollution story (a logo without
text, so the page opens with 'Utorak, 17. februar 2026.' with a trailing full stop, 'Piše: NAME'
above the headline, a lead without a full stop with „...“ quotation marks, then '17. 2. 2026. u
09:14' with spaced dots and '23 komentara' between the lead and the first paragraph, '(Foto: NAME)',
a 'Pročitajte i: ...' link and an 'OGLAS' label inside the copy, a 'Tagovi:' line, 'Najnovije' over
relative ages, the outlet named only in the copyright line); a Haitian Creole regional radio
station's flood story ('Radyo Sitadèl 98.3 FM' with its frequency, 'Lendi 16 fevriye 2026', a 'Koute
an dirèk' button, a 'Kreyòl' / 'Français' switch, an all-caps 'NOUVÈL' label, 'Pa NAME' after the
headline, 'sa gen 5 èdtan' as the only date, 'Foto: Radyo Sitadèl', curly quotes closed by 'te di
Radyo Sitadèl.', a 'Li tou: ...' link and a 'Piblisite' label inside the copy, '4 kòmantè', 'Lòt
nouvèl' over 'sa gen 8 èdtan' and 'yè'); an Occitan news site's wolf-attack story ('dimècres 18 de
febrièr de 2026' all in lower case, an 'Occitan' / 'Français' switch, a slash breadcrumb, 'Per NAME'
after the headline, 'Publicat lo 18/02/2026 a 7 h 45 · Actualizat a 10 h 20' with French-style
times, 'Fòto: NAME', curly quotes closed by ', conta.', a 'Legir tanben: ...' link and a
'Publicitat' label inside the copy, a two-sentence author bio after the body, a 'Mots claus:' line,
'3 comentaris', 'Las autras novèlas' over slashed dates); and a West Frisian regional news site's
villages page printing two full stories ('tongersdei 19 febrewaris 2026' all in lower case, a
'Frysk' / 'Nederlânsk' switch, 'Troch NAME' after the first headline, '19-02-2026, 08:55',
'Foto: NAME', curly single quotes, a 'Lês ek: ...' link and an 'Advertinsje' label inside the copy,
'Reaksjes (5)', the second story under a 'Gemeente' label with no byline and '3 oeren lyn' as its
only date, 'Meast lêzen'). Three pages hold two or three articles each (two three, one two), the
others one. Dates mix absolute dates in several formats and languages (a US weekday date line, a
bare US long date in a split byline block, a British issue date with a middle dot, a day-first
date before a pipe, a spaced dotted Bosnian date with 'u' and a trailing dot, a slashed Occitan date
with 'h' times, a hyphenated Frisian date with a comma) with relative times ('14 minutes ago', 'sa
gen 5 èdtan', '3 oeren lyn') beside a date line that fixes the day they were read, and clock-time
live entries that take the page's date. The outlet is named in mastheads, photo credits, the copy,
an author bio, an about-us line, an operator line and copyright lines (one page naming it only
there, others naming only the publishing company or institute). Outlets, people and places are
invented. Their gold files were written before the splitter was ever run on them. They are a
measurement, not a target: nothing here asserts on the scores, and the file is not collected by
pytest.

First measurement (the models of 0c4c082: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh38 and the seeds; the rules of 0c4c082; run once,
before any change for these pages): 13 articles of gold, 13 found; title 84.6%, outlet 76.9%, date 53.8%, boundary
76.9%, 4 furniture lines left. Without the article filter: 14 found; title 84.6%, outlet 76.9%, date 53.8%, boundary
71.4%, 5 furniture lines left. The rules alone: 9 found; title 23.1%, outlet 23.1%, date 38.5%, boundary 0.0%, 31
furniture lines left. Per page with all parts (title / outlet / date / boundary, furniture left): the Antarctic
station's newsletter 3/3/3/3, 3; the Bermuda live page 2/3/1/3, 0; the Bosnian portal 1/0/1/1, 0; the Brunei daily
1/1/1/1, 0; the Haitian Creole radio site 1/0/0/1, 0; the Occitan site 1/1/0/0, 1; the Turks and Caicos hospital
1/1/0/1, 0; the West Frisian site 1/1/1/0, 0. Misses: a station-conditions strip read as a fourth item's headline;
the live page's introduction line read as its first entry's headline and the first entry's relative time given to
the two entries below it; outlets named only in a copyright line or with a radio frequency not found; Haitian
Creole, West Frisian and Occitan dates and relative times not read ('sa gen 5 èdtan', '3 oeren lyn', '7 h 45'); a
date-first byline strip not read; the West Frisian page's two stories read as one; an Occitan reporter's two-sentence
note and a welcome note left in the text.

Run ``python tests/layouts_fresh39_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH39 = HERE / "data" / "layouts-fresh39"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH39, label="fresh39 pages"))
