"""Whoosh's codec with one fix for writing, used by every writer scrutiny opens.

Committing a segment asks, for every posting, whether the posting's field has a
lengths column; for a field without one (ids, keywords, dates) each asking is a
stat() of a file that does not exist, a tenth of a commit. The per-document reader
made here remembers the answer per field. The segments written are Whoosh's own.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader


class RememberingPerDocReader(W3PerDocReader):
    def __init__(self, storage, segment):
        super().__init__(storage, segment)
        self._has_column: dict[str, bool] = {}

    def has_column(self, fieldname):
        known = self._has_column.get(fieldname)
        if known is None:
            known = self._has_column[fieldname] = super().has_column(fieldname)
        return known


class WriteCodec(W3Codec):
    def per_document_reader(self, storage, segment):
        return RememberingPerDocReader(storage, segment)
