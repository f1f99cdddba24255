"""The corpus: SQLite store of documents, blocks and records with provenance."""

from .store import DB_FILENAME, FileInfo, Store, open_store, record_to_row, row_to_record

__all__ = ["DB_FILENAME", "FileInfo", "Store", "open_store", "record_to_row", "row_to_record"]
