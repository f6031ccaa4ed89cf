"""`python -m composer` behaves exactly like the `scene-composer` command."""

import sys

from composer.cli import main

sys.exit(main())
