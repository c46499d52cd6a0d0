"""Fifty-fourth blind held-out measurement of page splitting (tests/data/layouts-fresh54).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time the batch mixes formats,
one page of each kind, all from countries and territories not used before: a Uruguayan dairy
cooperative union's press room printing two releases in full (a milk price and exchange rate strip
first, the logo text 'UCOLIT' over the union's full name, VOSEO in the site's own strings ('Trabajá
con nosotros', 'Si seguís navegando, aceptás su uso'), 'Martes 12 de mayo de 2026', caps 'COMUNICADO
N.º 18/2026' labels, meta lines 'hace 2 horas · Departamento de Comunicación' and '08/05/2026 · ...'
with a relative age for the newer release and a day-first slashed date for the older, curly quotes
closed by '”, señaló ...', a centred '— FIN —' end mark, a repeated press-contact line, PDF and ZIP
links, 'setiembre' spelt the Uruguayan way, a press-kit box and a voseo cookie line last); a
Guernsey magazine's long read on the island's seaweed gatherers (a print subscription bar first, the
logo in capitals 'SARNIA QUARTERLY', no page date line, a 'LONG READ · WEST COAST' kicker, a
two-sentence standfirst starting the body, then 'Words by NAME' and 'Photographs by NAME',
'Published 9 May 2026 · 16 min read', '▶ Listen to this story (20 min)', 'Share · Save' and a
caption ending 'Photograph: NAME for Sarnia Quarterly', three Roman-numeral chapter headings, the
first before the first paragraph, a Guernésiais saying inside a quotation, a pull quote repeating a
quotation with a full stop for its comma, a membership box line and a map caption inside the copy,
the body ending with a quotation, a bio, an issue note, 'More long reads' over relative ages, a
newsletter box, a publisher sentence and a copyright line naming the company); a Martinique radio
station's transcript of its morning bulletin with two transcribed segments (a frequencies line,
'Mercredi 13 mai 2026', 'Émission du mercredi 13 mai 2026, 6 h 30 – 7 h' with spaced 'h' times, a
credits line and a two-sentence transcription note, bracketed timecodes '[06:31]' over each
segment's headline, speaker turns opened by 'NAME IN CAPITALS (role) :' with a French space before
the colon, two Martinican Creole turns each followed on the same line by a French translation in
square brackets, '(Jingle)' between segments, an end note after a third timecode, 'Transcriptions
précédentes' with 'Le Journal de midi – hier, 12 h 30', and a copyright line adding an association
with a Creole name); a Liechtenstein regional e-mail newsletter's web archive showing one issue with
three items in full (the archive's 'Dienstag, 12. Mai 2026' and the issue's 'Ausgabe 19/2026 vom
Freitag, 8. Mai 2026', apostrophe thousands '4'812', 'Hoi mitenand' over a signed editorial intro, a
numbered contents list of shortened 'Place: ...' titles, caps place labels, credit lines with a day
and month but no year ('Text: NAME · 7. Mai', 'Text und Foto: NAME · 6. Mai', 'Mitteilung der
Harmoniemusik Ruggell · 5. Mai'), Swiss spelling without 'ß' and guillemets closed by '», sagt ...',
a 'Mehr dazu auf wochenpost.li ›' link, a photo caption inside the second item's copy, '↑ Zum
Inhaltsverzeichnis' after each item, an 'Anzeige' between the second and third, a 'Termine' box with
abbreviated weekdays, 'Frühere Ausgaben' over 'vor 11 Tagen' and 'vor 18 Tagen', an unsubscribe line
and a publisher line naming the association); an Ivorian news app's web version copied from its app
shell (a loading line 'Chargement…' first, an install prompt, a strip 'Mardi 12 mai 2026 · Abidjan
31 °C · 14:05' with the weather and the clock, the toolbar's glyphs and a bell count, a data-saver
line, no menu, a caps 'ÉCONOMIE' kicker, a standfirst without a full stop starting the body, then
the reporter's bare name, 'il y a 3 h · 4 min de lecture', a listen button, 'Aa', 'Partager' and a
caption ending '© Éburnie 24 / NAME', an 'À LIRE AUSSI' card and a 'Publicité' label inside the
copy, spaced guillemets closed by ' », se réjouit NAME, ...', Ivorian 'gbakas' and 'woro-woro', an
app prompt, emoji reaction counts, 'Vous aimerez aussi' over 'il y a 5 h' and 'hier', a publisher
sentence, the app's version number and the bottom tab bar pasted last); an Andorran Catalan-language
news site's Canillo story whose byline comes after the body (a 'Català | Español | Français' switch
first, 'Dimecres, 13 de maig del 2026' with 'del' before the year, a caps parish kicker 'CANILLO',
no byline above the body, 'fa 4 hores' as the only date, a caption ending 'Foto: La Veu del Valira',
guillemets closed by '», va explicar la cònsol major, NAME.', a 'Llegiu també: Ordino: ...' link and
a 'Publicitat' label inside the copy, 'Text: NAME' and 'Edició: NAME' and a read count after the
last paragraph, 'Més notícies' over 'ahir' and 'fa 3 dies', a newsletter box, a publisher sentence
and a cookie line with 'galetes'); a Greenlandic Danish-language local paper's housing story whose
only date comes after the body (a 'Kalaallisut | Dansk' switch first, no page date line, 'Af NAME'
without a date, a caption ending 'Foto: NAME / Qeqqata Avisi', reversed Danish guillemets closed by
',« siger ...', 'Qujanaq' inside a quotation, 'Udgivet mandag 11. maj 2026 kl. 15.42' after the last
paragraph, 'Læs også' over 'i går' and 'for 3 dage siden' that no date line fixes, an 'Annonce', an
address line, an editor line and '© 2026 Qeqqata Avisi ApS'); and a Macau bilingual weekly's page
with the same story in Portuguese and in traditional Chinese side by side, pasted left column first,
so two articles (a masthead 'Porto Interior | 內港報', a paired date line 'Quarta-feira, 13 de Maio de
2026 · 2026年5月13日 星期三', a menu of language pairs, the column headings 'Português' and '中文',
pre-reform Portuguese ('nocturna', 'Direcção') with capitalised months, 'Por NAME | 12 de Maio de
2026, 18:30' and '記者 NAME | 2026年5月12日 18:30', photo credits 'Fotografia: Porto Interior' and
'相片：內港報', guillemets closed by '», disse ao Porto Interior NAME, ...' and corner brackets after
'向本報表示：', a cross-reference line after each column, 'Mais lidas 最多人閱讀' over paired relative ages 'há
2 dias · 2天前', and bilingual address, director and copyright lines; the outlet is the paper's name
in each version's language, and 'Porto Interior' is also the district the story is about). Four
pages hold two or three articles each (one three, three two), the others one: 13 articles. Dates mix
absolute dates in several formats and languages ('08/05/2026' day first, 'Published 9 May 2026', an
emission line 'mercredi 13 mai 2026, 6 h 30 – 7 h', credit dates without a year '7. Mai', a Danish
'mandag 11. maj 2026 kl. 15.42' after the body, a Portuguese '12 de Maio de 2026, 18:30' and a
Chinese '2026年5月12日 18:30') with relative ages ('hace 2 horas', 'il y a 3 h', 'fa 4 hores') beside a
date line that fixes the day they were read (a press room's, an app strip's with a clock time, an
Andorran site's), pages with no date line at all (the long read, the Greenland paper), an issue date
that is not its items' dates, page dates that are not the articles' date (the radio page, the
archive, Macau), and event days that are not the articles' dates (payments on 5 and 20 June and a
plant opening on 17 August, a consultation until 30 June and closures from April to September, water
cuts until Saturday and a barrier by 1 June, works from mid-August, a meeting on 29 May and a
jubilee from 12 to 14 June, boats from 1 June, a road closed from 1 July to 31 August, a first dig
on 17 August and a meeting on 28 May, a night bus from 1 June announced the day before). The outlet
is named in mastheads, logos, photo and map credits, the copy, membership boxes, bios, issue notes,
follow, address, description and publisher sentences and copyright lines (one union's full name
stands under its logo initials and its copyright line has only the initials, two copyright lines
name a publishing company instead of the outlet and three add a company form or an association to
its name, the app page has no copyright line, and one page names its outlet differently in each
language). Outlets, people and organisations are invented (the towns are real). Their gold files
were written before the splitter was ever run on them. They are a measurement, not a target: nothing
here asserts on the scores, and the file is not collected by pytest.

First measurement (the models and rules of 537455f: the learned parts retrained on fresh3 to fresh50 with session
17's first rules; run once, before any change for these pages): 13 articles of gold, 13 found; title 84.6%, outlet
69.2%, date 76.9%, boundary 53.8%, 8 furniture lines left. Without the article filter: 17 found; title 84.6%, outlet
69.2%, date 76.9%, boundary 41.2%, 18 furniture lines left. The rules alone: 14 found; title 53.8%, outlet 0.0%,
date 61.5%, boundary 35.7%, 31 furniture lines left. Also blind, on 4782e83 (the end of session 16): 13 found; title
84.6%, outlet 69.2%, date 76.9%, boundary 53.8%, 8 furniture lines left.

Run ``python tests/layouts_fresh54_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH54 = HERE / "data" / "layouts-fresh54"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH54, label="fresh54 pages"))
