import pytest

from scrutiny.ingest.model import DocumentBuilder


def test_builder_spans_index_the_document_text():
    b = DocumentBuilder("doc", "text")
    b.add("heading", "  Minutes ", level=1)
    b.add("paragraph", "The Chair   welcomed members.")
    b.add("list_item", "Cllr A Smith")
    b.add_table([["Ref", "Action"], ["A1", "Circulate  the report"], ["", None]])
    doc = b.build(title="Minutes")
    assert [bl.kind for bl in doc] == ["heading", "paragraph", "list_item", "table"]
    for block in doc:
        assert doc.text[block.start:block.end] == block.text
    assert doc.blocks[1].text == "The Chair welcomed members."
    assert doc.tables[0].rows == (("Ref", "Action"), ("A1", "Circulate the report"))
    assert doc.blocks[0].level == 1


def test_builder_skips_empty_text_and_rejects_unknown_kinds():
    b = DocumentBuilder("doc", "text")
    assert b.add("paragraph", "   ") is None
    assert b.add_table([[None, ""]]) is None
    with pytest.raises(ValueError, match="'kind' must be"):
        b.add("figure", "x")
    assert b.build().text == ""


def test_on_page_returns_a_new_document():
    b = DocumentBuilder("doc", "pdf")
    b.add("paragraph", "one", page=1)
    b.add("paragraph", "two", page=2)
    doc = b.build(pages=2)
    page_two = doc.on_page(2)
    assert [bl.text for bl in page_two] == ["two"]
    assert len(doc) == 2
