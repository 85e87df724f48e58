"""``python -m console`` runs the same entry point as the ``meetergo-console`` script."""

from console.app import main

if __name__ == "__main__":
    raise SystemExit(main())
