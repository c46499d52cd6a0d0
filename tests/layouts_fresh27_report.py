"""Twenty-seventh blind held-out measurement of page splitting (tests/data/layouts-fresh27).

The eight pages there were written before any change made for them, as ordinary mainstream news
pages in widely spoken languages copied from a browser (select all, copy, paste as plain text),
one language a page, from invented outlets in layouts distinct from each other and from the
earlier batches: a German national weekly's online news-desk story (a pay-or-consent box with
'Zustimmen und weiter' and 'Pur-Abo abschließen', a Dachzeile, a two-sentence teaser starting
the body, '10. Dezember 2025, 18:42 Uhr' and 'Aktualisiert am ...' between teaser and copy,
'Artikel anhören' over '05:48', 'Zusammenfassen', a '© NAME/dpa' caption, a 'Mehr zum Thema'
box with a 'W+ (abopflichtiger Inhalt); ...' link inside the copy, no byline, the source line
'Quelle: Die Waage, dpa, ako'); a French regional daily's village story on a commune page
('Mon édition : ...', a '›' breadcrumb, the commune as kicker, 'COMMUNE : ...' headline, a chapô,
'Le 11 décembre 2025 à 06h45' with 'Mis à jour il y a 2 h', four share lines, a 'Photo OUTLET/NAME'
credit, an 'À lire aussi :' link, a guillemet intertitre, 'Commentaires (12)', 'Dans la même
commune'); a Spanish national daily's economy page holding a news story and an attached
'Análisis' piece by another writer (a pay-or-consent notice, 'Madrid - 11 dic 2025 - 05:40 CET',
'Actualizado: ...', a 'NAME (EFE)' caption, 'Más información' inside the copy, 'Sobre la firma',
'Archivado En'); an Italian regional daily's province page holding a news story and a companion
Q&A interview (an occhiello, a sommario, 'di NAME', '11 dicembre 2025' and '07:05' on separate
lines, 'LEGGI ANCHE', an 'L'INTERVISTA' label, questions on their own lines, no date for the
interview, 'Riproduzione riservata ©', a court-registration line); a Brazilian portal's story
from a contributor ('Colaboração para o Jacarandá, em CITY', 'Publicado há 50 minutos' as the
only date, 'Ouça este conteúdo' over '0:00 / 3:18', an 'Imagem: Divulgação/...' caption,
'Continua após a publicidade', 'LEIA TAMBÉM' over two links, a WhatsApp line with an emoji); a
Dutch regional public broadcaster's story with the video above the headline ('Video afspelen',
'01:42', the video's caption), no standfirst or byline, 'gisteren, 21:48' and 'Aangepast
gisteren, 23:10', a 'DESCRIPTION | Foto: OUTLET / NAME' caption inside the copy, a tussenkop, a
correction note and a news-tip line after the copy); a Polish national daily's health-policy
story (a two-sentence headline ending '2026 r.', a lead, '11 grudnia 2025, 06:00' with
'Aktualizacja: 11.12.2025 09:47', 'Skomentuj (38)', 'REKLAMA', a śródtytuł, 'Zobacz też:', the
'(PAP, kw)' line, 'Tagi:'); and an Indonesian national portal's story copied with the site's
copy-append script (a 'NAME - LintasKhatulistiwa.id' byline, 'Kamis, 11 Des 2025 10:42 WIB', an
upper-case dateline with the site's domain opening the body, 'ADVERTISEMENT' / 'SCROLL TO
CONTINUE WITH CONTENT', 'Baca juga:', the editors' initials '(rhm/dla)', and last the appended
'Baca artikel OUTLET, "HEADLINE" selengkapnya https://...'). Two pages hold two articles each,
the others one. Dates mix absolute dates in several formats with relative times (alone, or as
an update time beside a full date); the outlet is named in mastheads, bylines, photo credits,
source lines, datelines and copyright lines. Outlets, people and places are invented. Their
gold files were written before the splitter was ever run on them. They are a measurement, not
a target: nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the splitter at b2e337c, the code and models of 1b80a13: the rules with the learned line tagger,
the site-name chooser and the article filter, all trained on the tuning corpus, fresh3 to fresh25 and the seeds;
run once, before any change for these pages): 10 articles of gold, 14 found; title 100.0%, outlet 50.0%, date
70.0%, boundary 50.0%, 1 furniture line left. Without the article filter: the same. The rules alone (no tagger, no
chooser, no filter): 14 found; title 70.0%, outlet 20.0%, date 70.0%, boundary 21.4%, 35 furniture lines left. Per
page with all parts (title / outlet / date / boundary, furniture left):
brazilian_portal_colaboracao_para_relative_only_continua_jacaranda 1/1/1/1, 1;
dutch_regional_public_broadcaster_video_first_correction_note_omroep_veenmark 1/1/1/1, 0;
french_regional_commune_page_chapo_credit_photo_courrier_des_sablons 1/0/0/1, 0;
german_weekly_online_pur_abo_source_line_die_waage 2 found of 1, 1/1/1/0, 0;
indonesian_national_portal_dateline_outlet_copy_append_link_lintas_khatulistiwa 1/1/1/1, 0;
italian_regional_cronaca_plus_qa_intervista_corriere_alvena 3 found of 2, 1/0/0.5/0.33, 0;
polish_national_daily_lead_reklama_pap_initials_dziennik_obywatelski 3 found of 1, 1/1/0/0, 0;
spanish_national_daily_news_plus_analisis_two_bylines_la_atalaya 1/0/1/1, 0.

Run ``python tests/layouts_fresh27_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH27 = HERE / "data" / "layouts-fresh27"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH27, label="fresh27 pages"))
