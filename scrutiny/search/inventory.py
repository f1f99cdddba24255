"""What the index holds, per document: how many passages, with which stamps.

Read from the postings of the ``document_id`` field (deleted passages are left
out) and the stored stamp of a document's first and last passage, so it costs
far less than loading every passage. ``scrutiny check`` compares it with the store.

It opens its own searcher on the index directory: a refreshed Whoosh searcher can
go on seeing passages deleted since (whoosh-reloaded 2.7.5 reuses a segment's
reader, with its old deletions, when only deletions changed the segment).
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh import index as whoosh_index

from .index import SearchIndex


@dataclass(frozen=True)
class IndexedDocument:
    doc: str  # the document's name, as the index has it
    passages: int
    stamps: frozenset[str]  # one, unless the document's passages come from different writes


def index_inventory(index: SearchIndex) -> dict[str, IndexedDocument]:
    with whoosh_index.open_dir(str(index.path)).searcher() as searcher:
        return _inventory(searcher)


def _inventory(searcher) -> dict[str, IndexedDocument]:
    reader = searcher.reader()
    out = {}
    for term in reader.lexicon("document_id"):
        docnums = list(reader.postings("document_id", term).all_ids())
        if not docnums:  # every passage of it deleted; the term stays until a merge
            continue
        first, last = searcher.stored_fields(docnums[0]), searcher.stored_fields(docnums[-1])
        document_id = term.decode("utf-8") if isinstance(term, bytes) else term
        out[document_id] = IndexedDocument(first.get("doc", ""), len(docnums),
                                           frozenset(f.get("stamp") or "" for f in (first, last)))
    return out
