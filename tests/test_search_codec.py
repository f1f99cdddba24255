"""scrutiny's cheaper commit (search/codec.py) writes Whoosh's own segments, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import index
from whoosh.codec.whoosh3 import W3Codec

from scrutiny.search.codec import FilingSegmentWriter, WriteCodec
from scrutiny.search.schema import SCHEMA, analyse_passage, passage_to_fields
from tests.test_search_analysed import _sample_passages


def _segment_files(folder: Path) -> dict[str, bytes]:
    """Each file of the one segment by what follows the segment's random name."""
    out = {}
    for path in folder.iterdir():
        if path.name.startswith("MAIN_") and "." in path.name:
            out[path.name.split(".", 1)[1]] = path.read_bytes()
    return out


def _write(folder: Path, passages, make_writer) -> dict[str, bytes]:
    folder.mkdir()
    ix = index.create_in(str(folder), SCHEMA)
    writer = make_writer(ix)
    for p in passages:
        writer.add_document(**passage_to_fields(p))
    writer.commit()
    ix.close()
    return _segment_files(folder)


@pytest.mark.parametrize("analysed", [False, True])
def test_filing_writer_writes_whooshs_segment(tmp_path, analysed):
    passages = _sample_passages()
    if analysed:
        passages = [analyse_passage(p) for p in passages]
    stock = _write(tmp_path / "stock", passages, lambda ix: ix.writer(codec=W3Codec(), compound=False))
    ours = _write(tmp_path / "ours", passages, lambda ix: FilingSegmentWriter(ix, compound=False))
    assert {"trm", "pst"} <= set(stock)
    assert sum(len(b) for b in stock.values()) > 100_000
    assert ours == stock


def test_a_spilled_pool_writes_the_same_segment(tmp_path):
    """Past its memory limit the pool sorts runs on disk, as Whoosh's does."""
    passages = _sample_passages()
    stock = _write(tmp_path / "stock", passages, lambda ix: ix.writer(codec=W3Codec(), limitmb=1, compound=False))
    ours = _write(tmp_path / "ours", passages, lambda ix: FilingSegmentWriter(ix, limitmb=1, compound=False))
    assert ours == stock


def test_lengths_are_read_as_whoosh_reads_them(tmp_path):
    passages = _sample_passages()[:200]
    folder = tmp_path / "ix"
    _write(folder, passages, lambda ix: FilingSegmentWriter(ix, compound=False))
    ix = index.open_dir(str(folder))
    segment = ix._segments()[0]
    stock, ours = W3Codec().per_document_reader(ix.storage, segment), WriteCodec().per_document_reader(ix.storage, segment)
    for name in ("content", "exact", "doc", "person"):
        assert [ours.doc_field_length(n, name) for n in range(len(passages))] == \
            [stock.doc_field_length(n, name) for n in range(len(passages))]
    assert any(ours.doc_field_length(n, "content") for n in range(len(passages)))
    ix.close()
