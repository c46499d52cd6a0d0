"""Forty-seventh blind held-out measurement of page splitting (tests/data/layouts-fresh47).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different kinds
and four in other languages, copied from a browser (select all, copy, paste as plain text), from
invented outlets in layouts distinct from each other and from the earlier batches: a Bhutanese
archery club's 'Club News' page printing two items in full (a 'Range status: OPEN · Wind: ... ·
Target distance: 145 m · Last updated 6:40 am' strip first, 'Member Login', 'Pay Annual Fees',
'Wednesday, April 15, 2026 | 28th day of the 2nd month, Fire Horse Year' with a lunar day after a
pipe, title-case category labels ('Tournament', 'Juniors'), 'By NAME, Club Secretary — 14 April 2026'
with a role and an em dash, 'Photo: Club archive', a 'Related: ...' link inside the copy, 'Share:
Facebook | WhatsApp | Copy link', '4 comments', the second item 'Posted 3 days ago by NAME' with the
relative time before the name, 'Tagged: ...', an 'Upcoming fixtures' box with 'Sat 25 Apr — ...'
lines, a membership sentence naming a national federation); a Kiribati seafarers' union's 'News &
Notices' page printing three posts in full (a 24-hour helpline bar first, 'Betio, Tarawa · Thursday 16
April 2026' with the place before the date, 'Home › News & Notices', 'Showing 1–3 of 112 posts', caps
'NOTICE', 'NEWS' and 'WELFARE' labels, 'Posted yesterday, 3:40 pm · Union Office', 'Monday 13 April
2026 · Communications Officer' and '09/04/2026 · Welfare Officer' with an office or a role instead of
a person, a 'Download: ... (PDF, 96 KB)' link and a 'Read: ...' link inside the copy, 'Share · Print'
after each post, a 'Join the Union' box, a registration sentence naming the union and an
international federation); a Marshall Islands college's press release (a 'Campus alert: ...
Details ›' line first, utility links one a line, 'Office of Communications', 'Newsroom', an 'All News
| Press Releases | Events | Media Kit' tab line, no byline and no date line: the only date in the
body's caps dateline in brackets, 'MAJURO, Marshall Islands (April 14, 2026) — ...', the end mark
'###', an 'About Uliga Lagoon College' boilerplate paragraph, a 'Media contact' block, 'More press
releases' over em-dashed US dates, an equal opportunity sentence naming the college); an Antigua and
Barbuda police service's press release (a 'Text size: A A A | High contrast | Read aloud' bar first,
a motto with middle dots, an emergency numbers line, 'Media Centre › Press Releases › 2026' ending in
a bare year, a caps 'PRESS RELEASE' label, 'Issued by: Office of Public Relations', 'Date: Thursday
16th April 2026' with an ordinal day and 'Ref: PR/26/088' on three labelled lines, no quotations, '—
END —', a sign-off block with rank, role and phone, 'Attachment: ... (JPG, 1.2 MB)', 'Recent press
releases' with slashed dates in brackets, 'Page last updated: 16/04/2026 15:12'); a Tongan-language
Vavaʻu news site's vanilla price story (a Sunday notice first, 'Tuʻapulelulu, 16 ʻEpeleli 2026' with a
Tongan weekday and month written with the ʻokina, 'Lea faka-Tonga | English', 'ʻApi — Ngoue' with an
em dash, 'Tohi ʻe NAME' and 'Houa ʻe 4 kuoʻosi' on separate lines as the only date, 'Tā: Leʻo ʻo
Vavaʻu', curly quotes closed by ',” ko e lau ia ʻa NAME, ...', a 'Lau foki: Neiafu: ...' link and a
'Tuʻuaki' label inside the copy, 'Ngaahi ongoongo kehe' over 'ʻaneafi' and 'houa ʻe 2 kuoʻosi'); a
Bislama-language Malampa news site's market house story (a news tip line first, 'Fraede 17 Epril
2026' with a Bislama weekday and month, 'Bislama | English | Français', 'Hom / Nius', 'Stori: NAME'
and 'Pablis: Tosde 16 Epril 2026, 4:30 PM' on separate lines, 'Foto: Vois blong Malampa', a quotation
closed by ',” Mama NAME, we i salem ..., i talem.', a 'Ridim tu: Norsup: ...' link and an
'Advetaesmen' label inside the copy, 'Narafala nius' over 'Yestedei' and '2 aoa i pas'); an
Asturian-language Nalón valley news site's front page printing two full stories (a traffic strip
about a landslide first, 'Martes, 14 d'abril de 2026', 'Asturianu | Castellanu', caps council
kickers 'LLANGRÉU' and 'LLAVIANA', 'NAME · 13/04/2026 21:45', 'Semeya: La Fueya del Nalón',
guillemets closed by '», dixo l'alcaldesa, NAME.', a 'Lleer tamién: ...' link and a 'Publicidá'
label inside the copy, 'Comentarios (2)', the second story with 'NAME · Hai 2 hores' as its only
date, 'Entá nun hai comentarios', 'Más noticies' over 'ayeri' and 'hai 5 hores'); and a
Sicilian-language Nebrodi news site's village school story (a social follow bar first, 'mèrcuri 15
aprili 2026' with a lowercase weekday and month, 'Sicilianu | Talianu', 'Primu pàggina > Paisi', 'di
NAME' and 'Pubbricatu: 14-04-2026 ore 18:40' with a hyphenated date and 'ore', 'Foto: La Vuci di li
Nèbrodi', guillemets closed by '», dici NAME, ...', a 'Liggiti puru: Tortorici: ...' link and an
Italian 'Pubblicità' label inside the copy, 'Àutri nutizzî' over 'ajeri' and 'tri uri fa', a
registration sentence naming a court). Three pages hold two or three articles each (one three, two
two), the others one. Dates mix absolute dates in several formats and languages ('By NAME, Club
Secretary — 14 April 2026', a weekday date after which an office is named, a slashed '09/04/2026', a
US date in brackets inside a caps dateline, 'Date: Thursday 16th April 2026', a Bislama date with a
12-hour clock, a slashed Asturian date with a clock time, a hyphenated Sicilian date with 'ore') with
relative times ('Posted 3 days ago by NAME', 'Posted yesterday, 3:40 pm', 'Houa ʻe 4 kuoʻosi', 'Hai 2
hores') beside a date line that fixes the day they were read, and event days that are not the
articles' dates (a semi-final on 25 April, a members' meeting moved to 25 April, classes on August 17,
a court appearance on 20th April, the vanilla season from 1 May, a library opening and a first night
bus, a council meeting on 23 April). The outlet is named in mastheads, photo credits, the copy, a
membership sentence, a registration sentence, a boilerplate paragraph, an equal opportunity
sentence, description sentences, an address line and copyright lines. Outlets, people and places
are invented (the towns and islands are real). Their gold files were written before the splitter
was ever run on them. They are a measurement, not a target: nothing here asserts on the scores, and
the file is not collected by pytest.

First measurement (the models and rules of dab8c00, session 16's first commits: session 15's learned parts trained on
fresh3 to fresh39, with a masthead strip's date dating relative times, the outlet and date of the headline that
stands, a name and title or a desk beside a date; run once, before any change for these pages): 12 articles of gold,
12 found; title 100.0%, outlet 91.7%, date 66.7%, boundary 91.7%, 2 furniture lines left. Without the article
filter: 16 found; title 100.0%, outlet 91.7%, date 66.7%, boundary 68.8%, 8 furniture lines left. The rules alone:
15 found; title 75.0%, outlet 0.0%, date 66.7%, boundary 40.0%, 33 furniture lines left. Also blind, on 2ce8c70
(the end of session 15): the same as dab8c00 (100.0/91.7/66.7/91.7%, 2 lines).

Run ``python tests/layouts_fresh47_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH47 = HERE / "data" / "layouts-fresh47"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH47, label="fresh47 pages"))
