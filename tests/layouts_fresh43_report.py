"""Forty-third blind held-out measurement of page splitting (tests/data/layouts-fresh43).

The eight pages there were written before any change made for them, as ordinary news pages a
researcher would paste, four in English from outlets in different countries and of different kinds
and four in other languages, copied from a browser (select all, copy, paste as plain text), from
invented outlets in layouts distinct from each other and from the earlier batches: a Barbadian
heritage museum's news post (an opening-hours bar first with middle dots and an en dash, 'Plan
your visit' / 'Buy tickets' / 'Become a Friend', the museum's name over its street address as the
tagline, 'Search the collection', '← Back to all news', the category 'Exhibitions' repeating a
menu item, 'Written by NAME, ROLE — 16 March 2026' on one line with an em dash, a caption ending
'Image courtesy of the Skeete family' without a full stop, a 'You might also enjoy: ...' link
inside the copy, an 'Exhibition details' box of 'Where:' / 'When:' / 'Admission:' lines, 'You may
also like' over dated headlines, a newsletter box, a charity registration sentence); a Lesotho
wool growers' union's 'Union News' page printing two items in full (a shearing-season notice
first with a deadline, a 'Sesotho' / 'English' switch, an auction price strip with loti amounts
and middle dots, all-caps district labels 'MOKHOTLONG' and 'QUTHING', 'Field Services Desk —
Mokhotlong, 12 March 2026' with an em dash before a place and a date, 'Photo: SWGU/NAME', a
Sesotho quotation with its English translation, a 'Read also: ...' link and a 'Partner message'
label over a one-line bank advert inside the copy, 'Share: Facebook | WhatsApp' on one line,
'Older news »', a 'Members only' box); a Palau power and water corporation's customer notice (a
'PLANNED OUTAGE:' banner first with middle dots, 'Pay My Bill', 'Report an Outage: 488-3950', a
'Power · Water · Wastewater' tagline, 'Home / Newsroom / Customer Notices', 'Posted by BUC
Communications on 03/17/2026 at 2:15 PM' with a US month-first numeric date, a 'Download the
updated water schedule (PDF, 180 KB)' line and a 'Related: ...' link inside the copy, 'Was this
information helpful?' over 'Yes' / 'No', 'Recent Customer Notices' over US numeric dates,
'Copyright © 2026 ...'); a Grenadian city newspaper's 'Town' page printing three full stories (a
cruise-ship strip first, 'Wednesday, 18 March 2026', all-caps place labels 'ST GEORGE'S' and
'GRAND ANSE', the time line above the 'By NAME' line, '3 hours ago', 'Yesterday at 4:45 pm' and
'16 March 2026 · 11:20 am', 'Photo: Clarion/NAME', an 'ADVERTISEMENT' label and an 'Also on
Clarion: ...' link inside the copy, '12 comments' / '4 comments' / 'Be the first to comment', a
numbered 'Most read' rail, a publisher sentence naming the paper); an Esperanto-language news
site's congress story ('Verda Ponto' over a tagline, 'ĵaŭdo, la 19-an de marto 2026' with a
lowercase weekday and the accusative date, 'Ĉefpaĝo » Novaĵoj » Movado', an all-caps kicker
'KONGRESOJ', the byline 'NAME, Klajpedo' above the headline, 'la 18-an de marto 2026, 21:10 · 4
minutoj da legado' a day before the date line, 'Foto: NAME', low-high quotes closed by '“, diris
la prezidanto de la organiza komitato, NAME.', a 'Legu ankaŭ: ...' link and a 'Reklamo' label
inside the copy, '7 komentoj', 'Aliaj novaĵoj' over 'antaŭ 4 horoj' and 'hieraŭ', a CC BY
copyright line); a Papiamentu-language Curaçao site's front page printing two full stories from
Bandabou (a weather-and-exchange bar first, 'Notisia Bandabou' over a tagline, 'djárason, 18 di
mart 2026', a 'Papiamentu' / 'Nederlands' switch, all-caps section labels 'KOMUNIDAT' and
'DEPORTE', 'Skirbí pa NAME', '17 di mart 2026 | 16:40' a day before the date line, 'Potrèt:
Notisia Bandabou', curly quotes closed by '”, NAME, presidente di ..., a bisa.', a 'Lesa tambe:
...' link and an 'Anunsio' label inside the copy, 'Komentario (6)', the second story with
'Rignald Isenia | 3 ora pasá' as its only date, 'Mas notisia' over '5 ora pasá' and 'ayera'); a
Friulian-language Carnia site's village dairy story (a road bulletin first, 'La Vôs de Cjargne'
over a tagline, 'joibe ai 19 di març dal 2026', 'Furlan | Italiano' on one line, a chevron
breadcrumb, 'Economie · 3 oris indaûr' above the headline as the only date, 'Fotografie: NAME',
guillemets closed by ', al à dit il president de cooperative, NAME, ...', a 'Lei ancje: ...' link
and a 'Publicitât' label inside the copy, 'Articul di NAME' after the body, 'Coments (5)', 'Altris
gnovis' over '5 oris indaûr' and 'îr', a court registration in the copyright line); and a
Turkmen-language Mary province portal's school opening story in the Latin alphabet (a Nowruz
greeting first, 'Murgap Sesi' over a tagline, '20-nji mart, 2026-njy ýyl, anna' with ordinal
suffixes and the weekday last, a three-way language switch with a Cyrillic item, 'Baş sahypa /
Bilim', '19.03.2026 | 17:30 | Görülen: 1 214' a day before the date line, 'Surat: Murgap Sesi',
guillemets closed by '», diýip, mekdebiň müdiri NAME aýtdy.', a 'Şeýle hem okaň: ...' link and a
'Mahabat' label inside the copy, 'Awtor: NAME' after the body, 'Beýleki habarlar' over dotted
dates, the copyright name in guillemets). Three pages hold two or three articles each (one three,
two two), the others one. Dates mix absolute dates in several formats and languages (a British
long date after an em dash, a desk-and-place line with an em dash, a US month-first numeric date
in a 'Posted by ... on ... at' line, a British date with a middle dot and a clock time, an
Esperanto accusative date with a reading time, a Papiamentu date with 'di' and a pipe, a dotted
Turkmen numeric date with a view count) with relative times ('3 hours ago', 'Yesterday at 4:45
pm', '3 ora pasá', '3 oris indaûr') beside a date line that fixes the day they were read. The
outlet is named in mastheads, photo credits, the copy, a registration sentence, a publisher
sentence, footers and copyright lines. Outlets, people and places are invented. Their gold files
were written before the splitter was ever run on them. They are a measurement, not a target:
nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the models and rules of b295b1d: the CLDR's date words, the learned parts trained on fresh3 to
fresh39 and the seeds; run once, before any change for these pages): 12 articles of gold, 12 found; title 91.7%,
outlet 83.3%, date 58.3%, boundary 100.0%, 6 furniture lines left. Without the article filter: 14 found; title
91.7%, outlet 83.3%, date 58.3%, boundary 85.7%, 8 furniture lines left. The rules alone: 14 found; title 66.7%,
outlet 0.0%, date 58.3%, boundary 64.3%, 22 furniture lines left. On the models of ed7d407 (before the CLDR's date
words), also blind: title 91.7%, outlet 100.0%, date 58.3%, boundary 100.0%, 6 lines: with a relative time now
read, two lines 'NAME · TIME' gave their first words as the outlet (a section, 'Economie', and an author's name).

Misses: an Esperanto date line ('merkredo, la 18-an de marto 2026') and headline; a Papiamentu date line; two
relative times ('3 oris indaûr', '3 ora pasá') without the day the page's date line gives them; 'Yesterday at 4:45
pm' read as the page's day; an author's name and a section before a relative time read as outlets; Esperanto,
Friulian, Papiamentu and Turkmen advertisement labels, a 'You might also enjoy:' link and a PDF link left in the
text.

Run ``python tests/layouts_fresh43_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH43 = HERE / "data" / "layouts-fresh43"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH43, label="fresh43 pages"))
