"""The benchmark corpus generator (bench/make_corpus.py): reproducible, the sizes and formats asked for."""

import zipfile

import docx
import pdfplumber
import pypdfium2
import pytest

from bench.make_corpus import make_corpus, pages_per_pdf

DOCS, PAGES = 10, 30


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    directory = tmp_path_factory.mktemp("bench-corpus")
    return directory, make_corpus(directory, docs=DOCS, pages=PAGES, seed=3)


def test_corpus_same_seed_gives_same_bytes(corpus, tmp_path):
    _, files = corpus
    again = make_corpus(tmp_path, docs=DOCS, pages=PAGES, seed=3)
    assert [(f["path"], f["sha256"]) for f in again] == [(f["path"], f["sha256"]) for f in files]


def test_corpus_other_seed_gives_other_documents(corpus, tmp_path):
    _, files = corpus
    other = make_corpus(tmp_path, docs=DOCS, pages=PAGES, seed=4)
    assert not {f["sha256"] for f in other} & {f["sha256"] for f in files}


def test_corpus_has_requested_documents_pages_and_formats(corpus):
    directory, files = corpus
    assert len(files) == DOCS
    assert sorted(str(p.relative_to(directory)) for p in directory.rglob("*") if p.is_file()) == \
        sorted(f["path"] for f in files)
    assert {f["format"] for f in files} == {"pdf", "docx", "html", "md", "txt"}
    pdfs = [f for f in files if f["format"] == "pdf"]
    assert len(pdfs) > DOCS / 2
    assert sum(f["pages"] for f in pdfs) == PAGES
    for f in pdfs:
        assert len(pypdfium2.PdfDocument(directory / f["path"])) == f["pages"]


def test_corpus_pdfs_have_text_footers_and_ruled_tables(corpus):
    directory, files = corpus
    with_tables = [f for f in files if f["format"] == "pdf" and f["table_pages"]]
    assert with_tables
    with pdfplumber.open(directory / with_tables[0]["path"]) as pdf:
        found = [page.page_number for page in pdf.pages if page.find_tables()]
        text = pdf.pages[0].extract_text()
    assert len(found) == with_tables[0]["table_pages"]
    assert "1" in text.splitlines()[-1]  # the footer carries the page number


def test_corpus_docx_has_tables_and_html_has_navigation(corpus):
    directory, files = corpus
    word = next(f for f in files if f["format"] == "docx")
    assert len(docx.Document(directory / word["path"]).tables) == word["tables"] > 0
    assert zipfile.ZipFile(directory / word["path"]).getinfo("word/document.xml").date_time == (2025, 1, 1, 0, 0, 0)
    page = next(f for f in files if f["format"] == "html")
    assert '<nav aria-label="Main menu">' in (directory / page["path"]).read_text()


def test_pages_per_pdf_shares_pages_exactly():
    import random

    counts = pages_per_pdf(random.Random(1), 40, 500)
    assert sum(counts) == 500 and min(counts) >= 1 and max(counts) > 20


def test_pages_per_pdf_too_few_pages_error():
    import random

    with pytest.raises(ValueError, match=r"pages \(3\) must be at least the number of PDFs \(5\)"):
        pages_per_pdf(random.Random(1), 5, 3)
