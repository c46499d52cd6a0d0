"""Sixty-fifth blind held-out measurement of page splitting (tests/data/layouts-fresh65).

The eight pages there were written before any change made for them, as pages a researcher would
paste, copied from a browser (select all, copy, paste as plain text), from invented outlets in
layouts distinct from each other and from the earlier batches. This time the eight are MAGAZINES,
WEEKLIES AND LONGFORM SITES (a section front, an opinion page, a reviews page, a Q&A interview, a
numbered explainer, a long feature, a film review and a column), from countries not used before or
in languages not used before (Latin and Võro): a Venezuelan regional weekly magazine's 'Cultura'
section front printing three short items in full (a 'Dólar BCV: Bs. ... · Actualizado 12/06'
exchange-rate strip first, 'Sábado 13 de junio de 2026 · Maracaibo 34 °C' with the weather, an issue
line with a week range, caps kickers ESCENA, LIBROS and MÚSICA, one line 'Por NAME · hace 5 horas',
'Por NAME · ayer, 6:15 p. m.' and 'Por Redacción Cultura · 10/06/2026' under each headline, a 'Lee
también: ...' link and a caption ending '(Foto: Archivo Lago Adentro)' inside the copy, 'Compartir:
WhatsApp · X · Facebook' after each item, a numbered 'Lo más leído', a copyright line naming the
publishing company with its RIF number and a cookie line last); a Burkinabè weekly's 'Tribunes'
opinion page printing two columns in full (a price bar first, a welcome line opening with the Mooré
greeting 'Ne y yibeogo !', 'Mercredi 20 mai 2026' above the masthead, a disclaimer line, a caps
'TRIBUNE' label, 'Par NAME' on its own line, 'Publié hier à 16h05 · 4 min de lecture' and 'Publié le
15/05/2026', a 'Lire aussi : ...' link inside the second column, an author box after each column
('À propos de l'auteure', a bio, 'Voir toutes ses tribunes'), a call for submissions and a copyright
line naming the company); a Latin-language online magazine's 'Recensiones' page from Kraków printing
two reviews in full (a Polish cookie line first, 'Latine | Polski | English', the Roman-calendar date
line 'Die Solis, a. d. IX Kal. Iun. MMXXVI', caps labels LIBRI and THEATRUM, 'scripsit NAME · abhinc
tres dies' and 'scripsit NAME · a. d. X Kal. Iun. MMXXVI', a book or play info box and a star rating
'Iudicium nostrum: ★★★★☆' before each body, a caption ending '(Imago: Theatrum Academicum Larva)'
inside the second, 'Communica: ...' and a comment count after each, performances 'usque ad Idus
Iunias', and a copyright line in Roman numerals naming the publishing association); a Sudanese
Arabic-language cultural monthly's Q&A interview from Port Sudan (a Telegram and WhatsApp prompt
first, 'الخميس 4 يونيو 2026' in Latin digits, a one-word kicker, a one-sentence standfirst starting
the body, then 'حاورته: NAME', the date in Arabic-Indic digits with an issue number '٢ يونيو ٢٠٢٦ ·
العدد 58' and a caption naming the magazine between the standfirst and the introduction, five
questions opened by the magazine's name and a colon and answers by the interviewee's surname, a
festival on 'الخامس عشر من يوليو' in words, an issue note naming the paper issue's month after the
body and a copyright line); a Panamanian regional weekly's explainer from David, Chiriquí, with six
numbered question subheads (a print-edition price line in balboas first, 'David, Chiriquí · martes 9
de junio de 2026' with the city before the weekday, a caps 'EXPLICAMOS' kicker, a two-sentence
standfirst starting the body, then 'Por NAME | Redacción La Semana Chiricana', 'Publicado: 8 jun.
2026 - 07:30 p. m.' with an abbreviated month, 'Escuchar este artículo (4 min)' and an 'En este
artículo' contents box whose short labels differ from the subheads, a WhatsApp questions box, 'Temas:'
and a copyright line naming the publishing company); a Guinea-Bissau Portuguese-language longform
site's feature on the cashew season (a donation bar first, 'Bissau, sexta-feira, 29 de maio de 2026',
a caps 'GRANDE REPORTAGEM' kicker, a two-sentence standfirst starting the body, then 'Texto e
fotografias: NAME', '27.05.2026 · Leitura: 12 min', a share line and a caption ending 'Fotografia:
NAME / Bolanha', three subheads, Kriol quoted and translated in the copy, a pull quote in guillemets
not repeated in the paragraphs, an author bio with a funding sentence, a Creative Commons republishing
note and a copyright line naming the publishing association); a Võro-language weekly's film review
from Võru, Estonia (an Estonian cookie line first, 'Võro kiil | Eesti keel', 'nelläpäiv, 28. lehekuu
2026' with the Võro month name, a caps 'ARVUSTUS' kicker, 'Kirotaja: NAME · 2 päivä tagasi', a film
info box with a release 'Kinon 5. piimäkuul' and a star rating before the body, a caption ending 'Pilt:
filmistuudio Hummogu', a 'Loeq ka: ...' link and a 'Reklaam' label inside the copy, and an Estonian
copyright line naming the non-profit publisher 'MTÜ Haani Kiri'); and a Libyan English-language
monthly magazine's column 'Letter from Benghazi' (an Arabic-version link first, 'Tuesday 12 May 2026
| 25 Dhu al-Qadah 1447' with the Hijri date, a print-issue line, the column's name in capitals as
kicker, 'By NAME', '3 days ago · 6 min read', a pull quote inside the copy, an author box naming the
column and the magazine, and a copyright line naming 'Silphium Media'). Three pages hold two or three
articles each (one three, two two), the others one. Dates mix absolute dates in several formats and
languages ('10/06/2026' and '15/05/2026' day first, the Roman-calendar 'a. d. X Kal. Iun. MMXXVI',
the Arabic-Indic '٢ يونيو ٢٠٢٦', '8 jun. 2026 - 07:30 p. m.', the dotted '27.05.2026') with relative
times ('hace 5 horas', 'ayer, 6:15 p. m.', 'hier à 16h05', 'abhinc tres dies', '2 päivä tagasi',
'3 days ago') beside a date line that fixes the day they were read (in Spanish with the weather or
the city, in French, in the Roman calendar, in Arabic, in Portuguese, in Võro with its own month
names, and in English with the Hijri date), and event days that are not the articles' dates (plays
from 19 to 28 June, a book launch on 18 June and classes from 1 July; June rains and a council session
on 15 October, an exam on 16 June; a first night on a. d. XII Kal. Iun. and performances until the
Ides of June; a festival on 15 July; rationing from 15 June until mid-July; a campaign opened on 2
April and ending in late June; a release on 5 June; a council meeting on 20 June and Eid al-Adha on
27 May) and issue lines (a week range, a June issue, a May print issue) that are not either. The
outlet is named in mastheads, captions, desk bylines, question labels, issue notes, newsletter
boxes, author bios, donation bars, republishing notes, subscription lines and description sentences
(six mastheads print it in capitals, and seven copyright lines name a company, an association or a
non-profit instead of the outlet). Outlets, people and organisations are invented (the towns are
real). Their gold files were written before the splitter was ever run on them. They are a
measurement, not a target: nothing here asserts on the scores, and the file is not collected by
pytest.

First measurement (the models and rules of a2aec5d, session 18's last: the learned parts trained on fresh3 to
fresh60): 12 articles of gold, 13 found; title 83.3%, outlet 50.0%, date 50.0%, boundary 46.2%, 8 furniture
lines left. Without the article filter: 13 found; title 83.3%, outlet 50.0%, date 50.0%, boundary 46.2%, 8
furniture lines left. The rules alone: 15 found; title 50.0%, outlet 0.0%, date 58.3%, boundary 26.7%, 44
furniture lines left. Also blind, on 799b897 (session 19's first rules, made before these pages were read): 13
found; title 83.3%, outlet 50.0%, date 58.3%, boundary 53.8%, 8 furniture lines left.

Run ``python tests/layouts_fresh65_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH65 = HERE / "data" / "layouts-fresh65"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH65, label="fresh65 pages"))
