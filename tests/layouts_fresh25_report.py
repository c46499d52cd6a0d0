"""Twenty-fifth blind held-out measurement of page splitting (tests/data/layouts-fresh25).

The eight pages there were written before any change made for them, as ordinary everyday news
pages copied from a browser (select all, copy, paste as plain text), from invented mainstream
outlets outside the English-speaking world, one language a page, each in that language's own
conventions for bylines, dates, captions, 'read also' links and furniture: a Portuguese
(Portugal) national daily's sports section with a football match report (the section's own
header and sub-menu, a breadcrumb with '›', a standfirst with a full stop, the reporter's bare
name, '11 dez. 2025, 22:51' over 'Atualizado há 40 min', a 'Foto: NAME' caption, «...» quotes, a
'Leia também:' link and 'Publicidade' inside the copy, a 'Ficha de jogo' box of line-ups, goals
and cards after it; the outlet named in the masthead and the copyright line only); a Catalan
public broadcaster's news site (a broadcaster bar with 'Directe' and 'A la carta', a subtitle
without a full stop, 'NAME | Place', 'Publicat: 11/12/2025 - 09.02 h' and 'Actualitzat: ...', a
video block with a bare '01:47' and a '(SRT)' caption, a 'Llegeix també:' link, the copyright
line naming the public corporation rather than the news brand); a Slovak tabloid's story (an
ALL-CAPS kicker, a headline ending in an exclamation-mark quote, a perex with the age in
brackets, 'Autor: NAME', 'dnes 07:42' as the only date, a caption over a separate 'Foto: NAME'
line, 'Galéria (8)', „...“ quotes, 'Čítajte aj:', 'REKLAMA' and 'Pokračovanie článku pod
reklamou' inside the copy, a 'Najčítanejšie' list with rank numbers on their own lines); a
Ukrainian news portal's news feed holding three full items (relative times 'N хвилини тому' and
'вчора, 18:40', a rubric label and 'Автор: NAME' over each, «...» quotes with en dashes, a
'Читайте також:' link, a 'Реклама' label between items, a caption before the third item's copy,
Ukrainian plural comment counts); a Hebrew local paper's site (right-to-left text, a headline
opening with a numeral, a standfirst with a full stop, 'מאת: NAME, OUTLET', '11.12.25 | 10:32'
with a two-digit year and an absolute 'עודכן:' line, a bracketed '(צילום: ...)' credit, gershayim
abbreviations inside the copy, 'קראו גם:' and 'פרסומת', an author box with an e-mail address);
a Bulgarian national daily whose masthead is a logo without text (no standfirst, 'Автор: NAME',
'11 декември 2025, 07:45', a views count 'Прочетена 3 812 пъти', 'Снимка: NAME', „...“ quotes,
'Прочети още:' and 'Реклама' inside the copy, the outlet named only in the copyright line in
„...“ quotes); a Welsh-language city magazine's section page holding two full stories (ALL-CAPS
kickers, 'Gan NAME', '12 Rhagfyr 2025', 'Darllen: 4 munud', a standfirst with a full stop and a
'Llun: NAME' caption on the first only, a 'Darllenwch hefyd:' link, 'Rhannu'r erthygl hon' after
each, mutated invented place names); and a Slovenian business site whose masthead is a logo
without text (a four-line market strip with decimal commas and Unicode minus signs, a
standfirst with a full stop, '11. 12. 2025 06:00' with 'Posodobljeno pred 2 urama', 'Čas
branja: 3 min', »...« quotes, 'Preberite še:' and 'Oglas' inside the copy, an author box, the
outlet named only inside an attribution in the copy and in the copyright line). Two pages hold
two or three articles each, the others one. Dates mix absolute dates in several formats with
relative times (alone, or as an update time beside a full date). Outlets, people and places are
invented. Their gold files were written before the splitter was ever run on them. They are a
measurement, not a target: nothing here asserts on the scores, and the file is not collected
by pytest.

First measurement (the splitter at f3e6e86, the code and models of c16b535: the rules with the learned line tagger,
the site-name chooser and the article filter, all trained on the tuning corpus, fresh3 to fresh23 and the seeds,
and the rules' paragraphs kept only up to the tagger's last body line; run once, before any change for these
pages): 11 articles of gold, 12 found; title 90.9%, outlet 54.5%, date 45.5%, boundary 66.7%, 8 furniture lines
left. Without the article filter: the same. The same models without the last-body-line limit: boundary 41.7%, 12
furniture lines left, the rest the same. The rules alone (no tagger, no chooser, no filter): 14 found; title 45.5%,
outlet 0.0%, date 36.4%, boundary 28.6%, 46 furniture lines left. Per page with all parts (title / outlet / date /
boundary, furniture left): bulgarian_national_daily_logo_masthead_views_count_procheti_oshte_dneven_kurier 1/0/0/1,
0; catalan_public_broadcaster_video_block_publicat_actualitzat_srt_noticies 1/0/1/0, 1;
hebrew_local_paper_byline_with_outlet_two_digit_year_dates_yediot_hashaked 0/0/0/1, 2;
portuguese_pt_national_daily_sports_section_ficha_de_jogo_jornal_do_atlantico 1/1/1/0, 2;
slovak_tabloid_allcaps_kicker_dnes_citajte_aj_diskusia_zihadlo 2 found of 1, 1/0/0/0, 3;
slovenian_business_site_logo_only_index_strip_posodobljeno_pred_poslovni_kompas 1/0/0/1, 0;
ukrainian_portal_news_feed_three_items_relative_times_chytaite_takozh_obrii24 1/1/1/1, 0;
welsh_city_magazine_two_stories_gan_darllen_munud_calon_caerwen 1/1/0/1, 0.

Run ``python tests/layouts_fresh25_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH25 = HERE / "data" / "layouts-fresh25"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH25, label="fresh25 pages"))
