"""`python -m qa` runs the factdesk CLI."""

import sys

from qa.cli.main import main

sys.exit(main())
