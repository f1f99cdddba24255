"""Search: passages and records of stored documents in a Whoosh index.

``passages_for_index`` lives in ``scrutiny.search.attribution``: it needs spaCy,
which a process that only searches should not pay to import.
"""

from .index import Hit, SearchIndex, SearchResult, open_index
from .passages import DocumentInfo, Passage, document_to_passages
from .query import SearchRequest

__all__ = ["DocumentInfo", "Hit", "Passage", "SearchIndex", "SearchRequest", "SearchResult",
           "document_to_passages", "open_index"]
