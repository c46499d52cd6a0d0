"""Sixtieth blind held-out measurement of page splitting (tests/data/layouts-fresh60).

The eight pages there were written before any change made for them, as pages a researcher would
paste (select all, copy, paste as plain text), from invented outlets in layouts distinct from each
other and from the earlier batches. This time every page is an UNUSUAL PASTE SHAPE rather than an
ordinary article page, from countries and languages not used before: a Jordanian English-language
daily's weekday email newsletter pasted from a mail client (the reading pane's subject line holding
both headlines first, the sender with its address, 'Tue 5/19/2026 6:02 AM' month first, a 'You
replied to this message on ...' notice, then a 'From: / Sent: Tuesday, May 19, 2026 6:02 AM / To: /
Subject:' header block, 'View this email in your browser', the daily's name in caps over the
newsletter's name 'LEDGER MORNING' and an issue number, a greeting line, an 'In today's briefing'
list, two items printed in full under caps kickers with 'By NAME | Yesterday, 9:15 PM' and 'By NAME
in Aqaba | May 16, 2026', a quotation after 'told the Ledger' naming the outlet by a short name, a
share line after each, a caps 'ADVERTISEMENT' label with a one-line ad and a terms line between the
items, a weather box, 'Unsubscribe | Manage preferences | Privacy policy', a description sentence
and a copyright line naming the media company); a Bolivian Spanish-language daily's article pasted
from the browser's reader view (the domain 'lacumbre.com.bo' alone first, the headline, the writer's
name alone without 'Por', a reading-time range '6–8 minutos', no menus and no header date, 'Publicado
el miércoles 20 de mayo de 2026, 07:30 | Sección: Ciudad', a two-sentence standfirst starting the
body, a caption ending 'Foto: Archivo La Cumbre' and a 'Lea también: El Alto: ...' link inside the
copy, Aymara words ('jallalla'), 'Etiquetas:' with commas and a copyright line naming the outlet); a
Walloon-language Liège news site's AMP page (a French AMP consent line first, a hamburger '☰' alone,
'LI CLABOT' over a tagline with a founding year, 'Djudi 21 di may 2026' with a Walloon weekday and
'di', a 'Vey l' modêye d' ordinateur' desktop link, a caps 'TRANSPOIRTS' kicker, 'Pa NAME · i gn a 3
eures' with a relative age as the only date, a caption ending 'Foto: NAME / Li Clabot' and a
'Pårtaedjî:' share line before the body, guillemets closed by '», a dit NAME, ...', a 'Lijhoz eto:
Hu: ...' link inside the copy, 'Des ôtes noveles' over 'ayir' and 'i gn a 2 djoûs', a copyright line
naming the association and a French 'Version AMP · Voir la version complète du site' footer last);
an Ecuadorian news aggregator's regions page quoting three outlets' items with their own names (a
cookie line first, 'PortadaEC' over a tagline, 'Jueves, 21 de mayo de 2026 · Quito 17 °C, nublado'
with a weather part, region labels, 'Fuente: El Vigía de Manta · hace 2 horas', 'Fuente: Diario La
Hoya · ayer, 18:40' and 'Fuente: Radio Puruhá Noticias · 19/05/2026' naming each quoted outlet with a
relative age, a relative day with a clock time and a day-first slashed date, quotations naming the
quoted outlets in the copy, 'Leer la nota original en OUTLET →' after each item, 'Lo más leído en
PortadaEC', a sentence saying the content belongs to each outlet and a copyright line naming the
aggregator's company); a Kuwaiti English-language daily's e-paper text export of two stories (an
e-paper line and 'Text edition · Download PDF · Print this page' first, 'Edition: Friday, May 22,
2026 | 5 Dhul Hijjah 1447 | Issue No. 15,903 | ...' with the Hijri date of the same day, page markers
'---------- Page 3 ----------', caps running heads 'LOCAL | FRIDAY, MAY 22, 2026 | KUWAIT DAILY MIRROR
| 3' in two orders, the print column's line breaks with hyphenated line ends ('Man-' / 'power'), a caps
dateline with a colon 'KUWAIT CITY: ...' without a date, a '[column break]' line inside a sentence, a
jump '(Continued on Page 4)' with a caps 'PHOTO:' caption, the next page's marker and running head, a
jump head 'Work ban' and 'Continued from Page 3' all inside the first body's span, a second story with
no dateline after a '---------- [column break] ----------' marker, both stories taking the edition's
date, a caps advertisement, a classified line, a printer's line and a copyright line naming the
publishing house); a Ladino (Judeo-Spanish) Istanbul monthly's podcast episode page with show notes
(a 'Eskucha en: Spotify · Apple Podcasts · YouTube · RSS' bar first, 'LA BOZ DE GALATA', 'Alhad, 24 de
mayo 2026' with a Ladino weekday, 'Ladino | Türkçe | English', a caps show-and-episode line 'KE HABER,
ESTAMBOL? · EPIZODIO 58' over the episode title, 'Publikado aze 3 dias · 41 minutos' with a relative
age and the length, a player line '▶ 00:00 / 41:12', a download line, the show notes as the body with
a recording date 'el 12 de mayo', a 'Kapitolos' chapter list of five timestamped lines, a credits
line, a transcript link, 'Otros epizodios' with dates, a description sentence with a founding year,
a Turkish copyright line naming the publishing company and a Turkish cookie line last); an
Alsatian-language Colmar news site's photo gallery page (a French cookie line first, 'Elsässisch |
Français', 'ELSASS-BLÌCK', 'Mìttwuch, 20. Mai 2026' with an Alsatian weekday and a dotted day, a caps
'BÌLDERSTRECK · 6 BÌLDER' label, a headline starting 'Bilder:', 'Vùn NAME (Text ùn Bìlder) · vor 5
Stund' with a relative age as the only date, 'Diashow starte ▶', a three-paragraph intro as the body
with low-high quotes closed by '“, sajt d'Biologin NAME ...', then six counters '1 / 6' ... '6 / 6'
each over a two-sentence caption ending 'Foto: NAME / Elsass-Blìck', 'Deile:', 'Meh Bìlderstrecke'
over 'gescht' and 'vor 4 Tàà', a description sentence and a copyright line naming the association
with French legal links); and a Silesian-language Katowice news channel's Telegram web preview (the
page's English UI strings 'Telegram' and 'Download' first, the channel's name and handle, count lines
'8 612 subscribers', '1.2K photos', ..., a Silesian channel description with a founding year,
'Preview channel' and an English join sentence, posts oldest first under date dividers '21 moja
2026' and '22 moja 2026' with a Silesian month and no weekday, each post under the channel's name
again with an emoji-led first line as headline ('⛏ Ruda Ślōnskŏ: ...', '🎵 Katowice: ...'), low-high
quotes closed by '”, pedzioł NAME.', a view count '👁 3.4K' and a clock time 'edited  18:42' or
'08:05' after each, an anonymous poll post between the two news posts that is not an article, 'Load
more' and Telegram's own description sentence and footer links). Four pages hold two or three
articles each (one three, three two), the others one: thirteen articles. Dates mix absolute dates in
several formats and languages ('May 16, 2026', 'Publicado el miércoles 20 de mayo de 2026, 07:30',
'19/05/2026' day first, an e-paper's edition date taken by both its stories, the Silesian dividers
'21 moja 2026' and '22 moja 2026') with relative times ('Yesterday, 9:15 PM', 'i gn a 3 eures', 'hace
2 horas', 'ayer, 18:40', 'aze 3 dias', 'vor 5 Stund') beside a date line that fixes the day they were
read (an email's 'Sent:' line and its month-first reading-pane date, mastheads' date lines in Walloon,
Spanish with a weather part, Ladino and Alsatian), and event days that are not the articles' dates
(fares from June 1 and Eid around May 27, the Gran Poder on 30 May and rubbish rounds from Thursday 21
May, night trams on 14-15 August and works from 1 to 7 July, a fishing ban on 1 July, tram hours from
29 May to 7 June, seeds from Monday 25 May, a work ban from June 1 to August 31 and ferry fares from
June 18, a recording on 12 May and a concert on 14 June, an open day on 7 June, a mine museum from
Sunday 31 May and a closure from 1 to 30 June). The outlet is named in senders, mastheads, photo
credits, the copy, quoted-source lines, running heads, description sentences, channel name lines and
copyright lines (the aggregator is the outlet of none of its items, a reader view gives only a domain,
a newsletter's and a podcast's names are not the outlets, and four copyright lines name a company or
association instead of the outlet). Outlets, people and places are invented (the towns are real).
Their gold files were written before the splitter was ever run on them. They are a measurement, not a
target: nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the models and rules of eadc212, session 17's last: the learned parts trained on fresh3 to
fresh50; run once, before any change for these pages): 13 articles of gold, 15 found; title 69.2%, outlet 61.5%,
date 46.2%, boundary 66.7%, 6 furniture lines left. Without the article filter: 15 found; title 69.2%, outlet 61.5%,
date 46.2%, boundary 66.7%, 6 furniture lines left. The rules alone: 15 found; title 23.1%, outlet 38.5%, date
46.2%, boundary 20.0%, 41 furniture lines left.

Run ``python tests/layouts_fresh60_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH60 = HERE / "data" / "layouts-fresh60"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH60, label="fresh60 pages"))
