"""Search: passages of stored documents in a Whoosh index."""

from .index import Hit, SearchIndex, open_index
from .passages import DocumentInfo, Passage, document_to_passages

__all__ = ["DocumentInfo", "Hit", "Passage", "SearchIndex", "document_to_passages", "open_index"]
