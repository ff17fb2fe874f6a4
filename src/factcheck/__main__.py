"""`python -m factcheck` runs the command line."""

from factcheck.cli import console

if __name__ == "__main__":
    console()
