"""scrutiny: ingest, extract and search UK public-sector governance papers."""

__version__ = "0.1.0"
