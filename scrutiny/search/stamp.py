"""The stamp every indexed passage carries: which records, and how many passages, it was built with.

A stamp is ``DIGEST/COUNT``: a digest of the document's records and the number of
passages the document has in the index. The digest ignores record order, so records
read back from the store give the digest of the records just extracted. ``scrutiny
check`` compares the digest with the store's records (stale passages) and the count
with the passages it finds (some lost, or doubled).
"""

from __future__ import annotations

import hashlib
import json
from typing import Iterable


def records_digest(records: Iterable) -> str:
    """16 hex digits that change whenever any of a document's records changes."""
    lines = sorted(json.dumps(r.to_dict(), sort_keys=True, ensure_ascii=False, default=list) for r in records)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


def make_stamp(digest: str, passage_count: int) -> str:
    return f"{digest}/{passage_count}"


def parse_stamp(stamp: str | None) -> tuple[str, int] | None:
    """(digest, passage count), or None for a missing or malformed stamp."""
    digest, _, count = (stamp or "").partition("/")
    return (digest, int(count)) if digest and count.isdigit() else None
