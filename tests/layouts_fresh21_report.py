"""Twenty-first blind held-out measurement of page splitting (tests/data/layouts-fresh21).

The eight pages there were written before any change made for them, as ordinary everyday
non-English news pages copied from a browser (select all, copy, paste as plain text), one
language a page, from invented outlets in layouts distinct from each other: an Italian national
daily's report from a correspondent ('dal nostro inviato NAME', '10 dicembre 2025 alle 07:45' over
'Aggiornato alle 11:20', a two-sentence sommario with a full stop, a 'Punti chiave' box of three
summary lines, a '(foto Ardea/Il Meridiano)' caption, an upper-case dateline with an em dash
opening the copy, a two-line 'LEGGI ANCHE' block, a one-line subhead, an author box naming the
paper, 'Segui i temi', a newsletter box); a Mexican news portal's state story (a bajada without a
full stop, 'NAME | Corresponsal', 'San Isidro Tepalcan, Hgo. / 10.12.2025 10:35:00', 'Foto:
Especial', 'Te recomendamos' and 'Publicidad' in the copy, a video title over '01:12', the editor's
initials 'ARH' after the copy; the portal named only in its masthead, the footer naming the
publishing company); a Senegalese site's regional article whose masthead is a text-less logo (the
page's own date 'Jeudi 11 Décembre 2025' at the top, 'Publié le mercredi 10 décembre 2025 à 17:42
| Lu 2 317 fois', 'Par NAME (Correspondant à PLACE)', '(Photo : D.R.)', 'À LIRE AUSSI : ...' and
'ANNONCE' in the copy, two reader comments with 'Il y a 16 heures' times; the outlet named only in
the copyright line); a Swedish evening tabloid's story (a bold ingress before the lead photo,
caption and 'Foto: NAME' on separate lines, 'Av: NAME' over an e-mail address, 'Publicerad i dag
06.12' as the only date, '341 kommentarer', dash-opened quotes, 'säger han till Aftonekot', two
crossheads, 'LÄS MER:', 'Artikeln fortsätter under annonsen', a FAKTA box with 'Källa:', 'PLUS'
badges in 'Mest läst'); a Czech news portal's 'Krimi' section page with three full short items
(each a headline, a relative time 'před 35 minutami' / 'před 3 hodinami' / 'včera 18:20', a place
label, four paragraphs, 'Komentáře (N)', 'Sdílet'; a 'Reklama' label between items, a 'Foto: HZS
...' caption in the second); a Turkish news site's article with the next article loaded below it
by infinite scroll ('Editör: NAME', '10.12.2025 - 09:18 | Son Güncelleme: 10.12.2025 - 11:02' on
the first and '3 saat önce' on the second, 'Haberi Dinle', 'A-' / 'A+' buttons, a '(Fotoğraf:
Yakamoz Haber)' credit, 'İlginizi Çekebilir' and 'Reklam' in the copy, a reaction box 'Bu habere
tepkiniz ne?' with counts, 'Sıradaki Haber', the press-ethics pledge in the footer); a Malaysian
portal's article in Malay with a text-less logo ('Oleh NAME | Warta Seroja' as the only place the
outlet is named, 'Disember 10, 2025 @ 9:05am', 'Dikemaskini 2 jam lalu', ' - Foto ihsan JBPM', a
'KUALA SERANTI:' dateline opening the copy, two 'BACA JUGA:' links and 'IKLAN', an author box,
hashtag topics); and a Danish regional paper's local-politics article ('Af NAME', 'Publiceret 9.
dec. 2025 kl. 22.14' and 'Opdateret 10. dec. 2025 kl. 07.30', 'Læsetid: 3 min.', dash-opened
quotes, party letters '(V)', 'LÆS OGSÅ:', 'Artiklen fortsætter under annoncen', a mellemrubrik, a
FAKTA box, a print note dated the next day, 'Emner', the editor-in-chief and the newsroom's
address in the footer). Two pages hold several articles (three on the Czech section page, two on
the Turkish infinite-scroll page), the others one. Dates mix absolute dates in several formats
with relative times (alone, or as an update time beside a full date). Outlets, people and places
are invented. Their gold files were written before the splitter was ever run on them. They are
a measurement, not a target: nothing here asserts on the scores, and the file is not collected
by pytest.

First measurement (the splitter at 8098f68: the rules with the learned line tagger, the site-name chooser and the
article filter, all trained on the tuning corpus, fresh3 to fresh19 and the seeds; run once, before any change for
these pages): 11 articles of gold, 12 found; title 90.9%, outlet 45.5%, date 54.5%, boundary 25.0%, 13 furniture
lines left. Without the article filter: 14 found (two reader comments on the Senegalese page read as articles); the
same title, outlet and date, boundary 21.4%, 15 furniture lines left. The rules alone (no tagger, no chooser, no
filter): 14 found; title 81.8%, outlet 18.2%, date 54.5%, boundary 14.3%, 39 furniture lines left. Per page with
all three (title / outlet / date / boundary, furniture left):
czech_portal_krimi_section_three_items_relative_times_podripsky_hlasatel 2 found of 3 (the last two items read as
one), 0.67/0.67/0.67/0.33, 0; danish_regional_fakta_print_note_kl_dotted_tornbjerg_amtsavis 1/0/1/0, 4;
italian_national_daily_dal_nostro_inviato_punti_chiave_il_meridiano 2 found of 1, 1/1/0/0, 2;
malaysian_portal_baca_juga_at_sign_date_byline_outlet_warta_seroja 1/0/0/0, 2;
mexican_portal_bajada_dotted_date_te_recomendamos_cumbre_noticias 1/0/0/1, 0;
senegalese_site_lu_fois_reader_comments_logo_only_baol_matin 1/0/1/1, 0;
swedish_tabloid_ingress_before_photo_i_dag_fakta_aftonekot 1/0/0/0, 3;
turkish_next_article_reactions_font_size_yakamoz_haber 3 found of 2, 1/1/1/0, 2.

Run ``python tests/layouts_fresh21_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH21 = HERE / "data" / "layouts-fresh21"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH21, label="fresh21 pages"))
