"""`python -m materiel.cli`: the same as the `materiel` command."""
from materiel.cli.app import main

main()
