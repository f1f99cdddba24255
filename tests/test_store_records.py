from scrutiny.corpus import FileInfo, open_store
from scrutiny.extract.records import Action, DocumentRecord, Item, Meeting
from scrutiny.ingest.model import DocumentBuilder


def test_records_round_trip_through_the_store_with_provenance(tmp_path):
    b = DocumentBuilder("notes", "text")
    item = b.add("heading", "2. Finance")
    para = b.add("paragraph", "The Treasurer reported. ACTION: JD to circulate the budget by 31 March 2024.")
    doc = b.build(title="Notes")
    records = [
        DocumentRecord(doc="notes", doc_type="minutes", title="Notes", date="2024-03-01", evidence=("minutes: x",)),
        Meeting(doc="notes", span=(0, 10), body="Riverside Panel", date="2024-03-01", time="10:00",
                next_meeting={"date": "2024-04-01", "title": "Budget"}),
        Item(doc="notes", span=(item.start, item.end), number="2", title="Finance", speakers=("Jo Dee", "Al Bee")),
        Action(doc="notes", span=(para.start + 32, para.end), text="JD to circulate the budget by 31 March 2024.",
               owner="JD", owner_name="Jane Doe", due="2024-03-31"),
    ]
    info = FileInfo("/papers/notes.txt", 10, "2024-03-01T00:00:00+00:00", "ab" * 32)
    with open_store(tmp_path) as store:
        store.save_document(doc, info, records, "1", "1")
        back = list(store.records())
        assert back == records
        assert [r.type for r in store.records("item")] == ["item"]
        row = next(store.db["actions"].rows)
        assert (row["span_start"], row["span_end"]) == (para.start + 32, para.end)
        assert doc.text[row["span_start"]:row["span_end"]] == row["text"]
        assert store.stats()["records"]["action"] == 1
