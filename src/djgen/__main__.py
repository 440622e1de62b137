"""`python -m djgen` runs the command line."""

from djgen.cli import main

main()
