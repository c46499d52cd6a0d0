"""Fifty-third blind held-out measurement of page splitting (tests/data/layouts-fresh53).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented local and
community publishers in layouts distinct from each other and from the earlier batches. This time all
eight are from small places or in small languages not used before (one in English from a territory
not used before, one in French from a territory not used before, six in languages not used before):
a Scots (Doric) community trust's news page from Mintlaw and Longside in Buchan printing two items in
full (a 'Fit's on: ...' ticker with two event days first, 'Doric | English', 'Wadensday, 27t Mey
2026' with a Scots weekday and a Scots ordinal day with a bare 't', 'Postit yestreen at 8.40pm bi
NAME' with the Scots word for yesterday evening and a dotted clock time, a caption ending 'Pictur:
Ugie Blether' before the first paragraph, curly single quotes closed by '’ said NAME, fa's ...', a
'Read mair: ...' link inside the copy, 'Postit 22/5/2026 bi NAME' with an unpadded month, 'Share:
Facebook · Email' and '14 likes · 3 comments' after each item, a newsletter box, a description
sentence with a Scottish charity number, a copyright line naming the trust, not the site, and a
Doric cookie line last); a Luganda-language Ugandan coffee cooperative's news post from Bukomansimbi
(an SMS shortcode line 'Weereza MMWANYI ku 6177 ...' first, 'Luganda | English', 'Lwakuna, 21 Muzigo
2026' with a Luganda weekday and month, a caps 'EBIKOLEBWA' label, 'Yawandiikiddwa NAME · Jjo,
ssaawa 9 ez'olweggulo' with yesterday and an East African clock time counted from dawn as the only
date, a caption ending 'Ekifaananyi: Mmwanyi Zaffe', quotes closed by ',\" bw'agambye ssentebe
w'ekibiina, NAME.', a 'Soma ne: ...' link inside the copy, 'Amawulire amalala' over Luganda date
lines, an English registration line naming the cooperative and an English cookie line last); a
Cape Verdean Kriolu fishermen's association's news post from Tarrafal, Santiago (a sea conditions
line 'Mar oji: onda 1,5 m · ...' first, 'Kriolu | Português', 'sábadu, 23 di Maiu di 2026' with a
lower-case weekday and 'di' before the month and the year, a Kriolu menu with a '»' breadcrumb, a
half-translated theme's Portuguese meta line 'Publicado há 2 dias por NAME · Categoria: ...' as the
only date, a caption ending 'Foto: Arkivu APT' with the association's initials, the speaker after
the quotation with 'fla' last (',” NAME, prizidenti di asosiason, fla.'), a 'Lê tanbê: ...' link
inside the copy, 'Deixe um comentário', 'Otus notísias' over slashed dates, a registration line with
a NIF number and a Portuguese cookie line last); a Norfolk Island hospital's media release (a Norf'k
greeting 'Watawieh! Welcome to ...' first, an emergency and patient-flights line, 'Tuesday 19 May
2026 · 2:10pm Norfolk Island Time' with the time zone spelled out, 'Home / News / Media releases',
'Released Monday 18 May 2026, 4.30pm (NFT)' with a dotted time and the zone's initials in brackets,
'Print' and 'Share' before the body, no byline, a caption ending 'Photo: NICH' inside the copy, an
end mark '– ENDS –', a 'Media contact:' line, 'Other news' with en-dashed dates, an acknowledgement
sentence and no cookie line); a Pannonian Rusyn Greek Catholic parish bulletin's news page from
Ruski Krstur, Serbia, printing two items in full (a liturgy times line first, 'Руски | Српски |
English', 'Нєдзеля, 24. май 2026 · 11. май по юлиянским календаре' with the Gregorian date and the
same day in the Julian calendar, a liturgical Sunday line '7. нєдзеля по Пасхи – ...', caps 'ШВЕТА'
and 'ПИЛҐРИМСТВО' labels, 'пред 2 дньами · Написал NAME' with the date before the writer, low-high
quotes closed by '“, гварел о. NAME у казаню.', a 'Прочитайце и: Коцур: ...' link inside the copy,
'20.05.2026. · Написала NAME' with a trailing dot after the year, 'Подзелїце: Facebook · Viber ·
Е-пошта' after each item, an address line naming the parish and a Serbian Cyrillic cookie line last);
a Sundanese-language West Javan high school's news post from Bayongbong, Garut (an Indonesian
admissions bar 'PPDB 2026/2027 dibuka 8–19 Juni 2026 · ...' first, 'Basa Sunda | Bahasa Indonesia',
'Salasa, 26 Méi 2026 · 9 Dzulhijjah 1447 H' with the Hijri date of the same day, an Eid greeting
line, 'Diserat ku NAME · 5 jam katukang · 312 kali dibaca' with a relative age as the only date and
a view count, a caption ending 'Poto: Humas SMA Mekar Arum', the event day as 'Saptu (23/5/2026)' in
the copy, quotes closed by ',\" saur Pa NAME.', a 'Baca ogé: ...' link inside the copy, 'Warta
Séjénna' over 'kamari' and '3 poé katukang', an NPSN school number line, a copyright line naming the
school's PR office and a visitor counter last); a Saint-Pierre-and-Miquelon commune's online bulletin
printing three items in full (a crossing and flight status line 'Liaisons du jour : bac ... 7 h 30
maintenu · vol de 16 h 05 retardé (brume)' first, 'Jeudi 28 mai 2026 · Lever du soleil 5 h 09 ·
Coucher 20 h 51' with sunrise and sunset times, category labels in ordinary case, 'Publié il y a 2
heures · Par le service communication' with a department as the writer, 'Publié hier à 17 h 45 ·
...' with a spaced-h clock time, 'Publié le 25 mai 2026 à 11 h 02 · Par NAME', guillemets closed by
'», explique NAME, technicienne ...', 'Partager' after each item, an opening hours line, a copyright
line naming the commune, not the bulletin, and a cookie line last); and an Ilocano-language regional
weekly's 'Probinsia' page from Laoag printing two stories in full (a Santacruzan procession schedule
with em dashes first, 'Ilokano | English | Filipino', 'Lunes, Mayo 25, 2026' in US order with an
Ilocano weekday, caps place kickers 'BATAC CITY' and 'PAOAY', 'Insurat ni NAME · 3 oras ti
napalabas' as the first story's only date, curly quotes closed by ',” kinuna ni NAME, presidente
...', a 'Basaen met: ...' link inside the copy, 'Insurat ni NAME · Mayo 22, 2026 | 4:15 PM' with a
12-hour time after a pipe, 'Ibinglay: Facebook · Messenger' and 'Komentario (N)' after each story, a
description sentence with 'Ti' before the paper's name, a press guild line and a copyright line
naming the publishing company). Four pages hold two or three articles each (one three, three two),
the others one: 13 articles. Dates mix absolute dates in several formats and languages ('22/5/2026'
with an unpadded month, 'Monday 18 May 2026, 4.30pm (NFT)', the dotted Rusyn '20.05.2026.' with a
trailing dot, 'le 25 mai 2026 à 11 h 02', the US-order Ilocano 'Mayo 22, 2026 | 4:15 PM') with
relative times ('yestreen at 8.40pm', 'Jjo, ssaawa 9 ez'olweggulo', 'há 2 dias', 'пред 2 дньами', '5
jam katukang', 'il y a 2 heures', 'hier à 17 h 45', '3 oras ti napalabas') beside a date line that
fixes the day they were read (mastheads' date lines in Scots, Luganda, Kriolu, English, Rusyn,
Sundanese, French and Ilocano, one with the island's time zone, two with a second calendar, one with
sunrise and sunset times), and event days that are not the articles' dates (a gala on 20 June and a
bus cut from 6 July with a meeting on 4 June, a season from 1 June and a general meeting on Saturday
30 May, the end of June and a meeting on 6 June, a unit opening from 1 July and an open day on 30
May, the Ascension on Thursday 21 May and a pilgrimage on 27 June, a contest on Saturday 23 May and a
festival on 14 August, a beach closure from 1 June to 31 July, a council meeting on Tuesday and a
storm on 9 February, a race on Sunday and next year's on 23 May 2027, a handover last Friday and a
fishing ban from 1 June to 31 July). The outlet is named in mastheads, photo credits, greeting
lines, the copy, description, registration and address sentences and copyright lines (three credits
give only initials or a PR office, and four copyright lines name a trust, a commune, a PR office or
a publishing company instead of the outlet or beside it). Outlets, people and organisations are
invented (the towns and islands are real). Their gold files were written before the splitter was
ever run on them. They are a measurement, not a target: nothing here asserts on the scores, and the
file is not collected by pytest.

First measurement (the models and rules of 537455f: the learned parts retrained on fresh3 to fresh50 with session
17's first rules; run once, before any change for these pages): 13 articles of gold, 13 found; title 100.0%, outlet
46.2%, date 30.8%, boundary 100.0%, 1 furniture line left. Without the article filter: 14 found; title 100.0%,
outlet 46.2%, date 30.8%, boundary 92.9%, 3 furniture lines left. The rules alone: 12 found; title 23.1%, outlet
0.0%, date 30.8%, boundary 23.1%, 31 furniture lines left. Also blind, on 4782e83 (the end of session 16): 13 found;
title 100.0%, outlet 46.2%, date 30.8%, boundary 84.6%, 2 furniture lines left.

Run ``python tests/layouts_fresh53_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH53 = HERE / "data" / "layouts-fresh53"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH53, label="fresh53 pages"))
