"""`python -m qa` runs the factdesk CLI."""

import sys

from qa.cli import main

sys.exit(main())
