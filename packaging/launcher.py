"""Entry point of the frozen app: the same as the `scene-composer` command."""

import sys

from composer.cli import main

if __name__ == "__main__":
    sys.exit(main())
