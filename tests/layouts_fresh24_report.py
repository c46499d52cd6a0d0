"""Twenty-fourth blind held-out measurement of page splitting (tests/data/layouts-fresh24).

The eight pages there were written before any change made for them, as ordinary English-language
news articles copied (select all, copy, paste as plain text) not from the desktop page but from
the other places a researcher ends up copying them, from invented outlets in layouts distinct from
each other and from the earlier batches: a British regional evening paper's MOBILE (AMP) page with
the next article loaded below the first (a '☰' glyph alone on the first line, an 'Open in app'
banner with 'OPEN' and a '✕', the hamburger menu's text copied open under 'Close menu', a breadcrumb
'News › Kettleby', a deck without a full stop starting the body, a compact one-line byline 'By
NAME • 06:45, 16 DEC 2025' with the month in capitals, 'Updated 09:12, 16 DEC 2025', share glyphs
'f' / '𝕏', 'Comments (37)', an '(Image: OUTLET)' caption, 'Advertisement' and a two-line newsletter
prompt inside the copy, then 'Next article', a kicker that also opens the second headline, 'By
NAME • 21 hrs ago' as the second's only date, 'Most Read', 'View full site'); an Irish regional
paper's 'PRINT THIS ARTICLE' view ('Print this article' / 'Close window' at the top and bottom,
'Printed on: 16/12/2025 08:14' the day after the article, a deck without a full stop, the reporter's
bare name, 'December 15 2025 07:30 PM' without a comma, a 'Photo: NAME' caption, no menu, the
article's address on a 'URL: https://...' line after the copy, a personal-use copyright line); an
American city daily's article from a browser's READER VIEW (the site's name alone on the first line,
'6 min read', a standfirst with a full stop, the bare reporter's name, 'Dec 15, 2025 at 10:48 PM', a
'(NAME / OUTLET)' caption, and nothing after the last paragraph); a Scottish local paper's evening
E-MAIL NEWSLETTER opened with 'view in browser', holding THREE FULL stories (a web-version note
with the sending address, the paper's and the newsletter's names, 'Tuesday 16 December 2025' as
the only date, a greeting previewing the stories, the editor's sign-off, EMOJI section labels in
sentence case ('⛴️ Top story', '🏛️ Council', '🦭 And finally'), 'By NAME, ROLE' bylines, a 'Share
this story: Facebook | X | Email' line after each story, an 'Advertisement' between two stories,
forward / unsubscribe lines and a postal address; each story gold with the paper as outlet and the
issue date); a Ghanaian news app's WEB SHARE PAGE ('Open in app', 'NAME shared this story with
you', a cedi headline, '3h ago · 4 min read' as the only date, an app promo with three feature
lines, 'Get the app', the store badges as text 'Download on the App Store' / 'GET IT ON Google
Play', 'More from OUTLET' with 'Nh ago' lines); an Australian financial daily's PAYWALLED article
copied by a LOGGED-IN subscriber (the account menu copied open under 'Hi, Priya', a 'Subscriber
exclusive' badge over the kicker, a standfirst with a full stop, the reporter's name over 'Property
reporter', 'December 16, 2025 — 5.00am', 'Gift this article' with 'You have 7 gifts left this
month', a caption ending with the photographer's bare name, 'Related Article' over a headline in the
copy, 'per cent', 'License this article', 'Most Viewed in Property'); a Canadian partner news
network's SYNDICATED COPY of a member weekly's story (the network's name and menu, 'Partner
Network' over the kicker, the partner branding 'From our partner newsroom' over the weekly's name
BELOW the headline, 'Story by NAME', 'Published: 2025-12-14 10:32 AM', 'This article originally
appeared on OUTLET, a member of the ... partner network, and is republished here with permission.',
'About our partner', 'More from our partners' with each headline over its paper's name; the outlet
is the original weekly, not the network); and an American city daily's BREAKING story since turned
into a regular story (an ALL-CAPS kicker, a deck without a full stop, the reporter's name over the
paper's name, 'Published 11:58 a.m. ET Dec. 15, 2025 | Updated 7:21 p.m. ET Dec. 15, 2025', an
update note 'This story has been updated with ...' before the share row, a 'NAME/OUTLET' caption,
a 'Correction: An earlier version of this story, first published as a breaking news alert, ...'
note after the copy, a contact line and a breaking-news alerts sign-up). Two pages hold more than
one article (two and three), the others one. Dates mix absolute dates in several formats (an ISO
date, a print date beside the article's date, month-first without a comma, capitalised months)
with relative times (alone, or on one of two articles). Outlets, people and places are invented.
Their gold files were written before the splitter was ever run on them. They are a measurement,
not a target: nothing here asserts on the scores, and the file is not collected by pytest.

First measurement (the splitter at f3e6e86, the code and models of c16b535: the rules with the learned line tagger,
the site-name chooser and the article filter, all trained on the tuning corpus, fresh3 to fresh23 and the seeds,
and the rules' paragraphs kept only up to the tagger's last body line; run once, before any change for these
pages): 11 articles of gold, 11 found; title 90.9%, outlet 81.8%, date 72.7%, boundary 72.7%, 3 furniture lines
left. Without the article filter: the same. The same models without the last-body-line limit (c16b535's parent
behaviour, same weights): boundary 45.5%, 8 furniture lines left, the rest the same. The rules alone (no tagger, no
chooser, no filter): 12 found; title 81.8%, outlet 54.5%, date 72.7%, boundary 41.7%, 13 furniture lines left. Per
page with all parts (title / outlet / date / boundary, furniture left):
australian_paywall_logged_in_subscriber_exclusive_gift_account_menu_southern_ledger 1/1/1/1, 1;
canadian_syndicated_partner_site_originally_appeared_on_iso_date_osler_valley_weekly 1/0/1/1, 0;
ghanaian_news_app_web_share_page_get_the_app_store_badges_ridgeline_news 1/0/1/0, 1;
irish_print_view_print_close_window_url_footer_corrabeg_examiner 0/1/1/0, 0;
scottish_newsletter_web_version_three_stories_emoji_labels_portrannoch_post 1/1/0/0.67, 0;
uk_regional_amp_open_in_app_compact_byline_next_article_kettleby_evening_mail 1/1/1/1, 0;
us_breaking_story_turned_regular_updated_earlier_version_note_bellhaven_register 1/1/1/1, 1;
us_reader_view_site_name_reading_time_kept_caption_ashbury_dispatch 1/1/1/1, 0.

Run ``python tests/layouts_fresh24_report.py`` for the per-page table; ``--check`` only checks
that the gold files agree with their pages (it does not run the splitter).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from layouts_fresh3_report import main  # noqa: E402

FRESH24 = HERE / "data" / "layouts-fresh24"

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], folder=FRESH24, label="fresh24 pages"))
