"""A reproducible benchmark corpus of governance papers: ``make_corpus(directory, docs, pages, seed)``.

Documents are minutes (attendees, apologies, numbered items, ACTION lines, action-log tables), police
and crime plans (priorities, "We will:" commitments, measures tables), reports to a panel (cover block,
numbered paragraphs, delivery-plan progress tables) and terms of reference (membership, frequency,
document control table), written from word lists and templates with invented places and people.
About three in four are PDFs with a text layer, which share ``pages`` pages between them (running
header, footer with the page number, ruled tables whose header repeats, some two-column pages); the rest
are DOCX (with tables), HTML (inside site navigation), Markdown and plain text.

The same (docs, pages, seed) gives the same bytes. ``GENERATOR_VERSION`` changes whenever the output
does, so caches keyed on it are rebuilt. ``python bench/make_corpus.py OUT [--docs N --pages N --seed N]``
writes a corpus to look at.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the writers reuse tests/genre helpers
    sys.path.insert(0, str(ROOT))

from bench.corpus_formats import CorpusDoc, write_docx, write_html, write_markdown, write_pdf, write_text  # noqa: E402

GENERATOR_VERSION = "3"
FORMAT_SHARES = {"pdf": 0.75, "docx": 0.10, "html": 0.07, "md": 0.04, "txt": 0.04}
GENRES = {"pdf": ["minutes", "minutes", "report", "plan", "tor"], "docx": ["minutes", "report", "tor"],
          "html": ["minutes", "tor"], "md": ["minutes"], "txt": ["minutes"]}
SUFFIX = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "md": ".md", "txt": ".txt"}

FIRST = {"f": "Amelia Chloe Eleanor Grace Imogen Leah Nadia Priya Rosa Tamsin Vera Yasmin Bethan Delyth Fiona "
              "Harriet Joanna Lorna Niamh Petra".split(),
         "m": "Ben Daniel Farid Hamish Jasper Kiran Marcus Owen Quentin Samuel Usman William Zachary Callum Euan "
              "Gareth Idris Keith Morgan Oliver".split()}
LAST = ("Abbott Bramwell Carrow Delaney Ellery Fairlie Garside Halloran Ingleby Jessop Kettle Lomax Marchbank "
        "Norcott Oakes Pendry Quayle Rushworth Sallis Thackeray Underhill Varley Wardle Yeats Ashdown Birtles "
        "Cottam Dunstan Eccles Fenwick Gedge Hebden Ireton Jolliffe Kershaw Lightfoot Mawdsley Nutter").split()
PLACE_START = "Ash Brack Cold Dun Elm Fair Glen Hart Holm Lang Mill Oak Red Stan Thorn Wick Wold Yar".split()
PLACE_END = "ford field ham ley mere stead ton vale bury wick worth dale".split()
TITLES = {"f": ["Mrs", "Ms", "Ms", "Mrs", "Dr"], "m": ["Mr", "Mr", "Mr", "Dr"]}  # Dr now and then
ROLES = [("Police and Crime Commissioner", "PCC"), ("Deputy Police and Crime Commissioner", "DPCC"),
         ("Chief Constable", "CC"), ("Deputy Chief Constable", "DCC"), ("Assistant Chief Constable", "ACC"),
         ("Chief Executive", "CEO"), ("Chief Finance Officer", "CFO"), ("Head of Community Safety", ""),
         ("Independent Member", ""), ("Councillor", ""), ("Head of Commissioning", ""), ("Policy Officer", ""),
         ("Director of Public Health", ""), ("Youth Justice Manager", ""), ("Head of Performance", "")]
BODIES = ["Police and Crime Panel", "Community Safety Partnership", "Local Criminal Justice Board",
          "Joint Audit Committee", "Performance and Accountability Board", "Violence Reduction Partnership",
          "Reducing Reoffending Board", "Domestic Abuse Local Partnership Board", "Safer Neighbourhoods Group"]
TOPICS = ["domestic abuse", "rural crime", "anti-social behaviour", "victim services", "road safety",
          "knife crime", "stop and search", "body worn video", "call handling", "neighbourhood policing",
          "fleet replacement", "the estates strategy", "the precept", "budget monitoring", "complaints handling",
          "the serious violence duty", "youth offending", "drug-related harm", "hate crime", "modern slavery",
          "fraud against older people", "child exploitation", "the custody suite", "officer wellbeing",
          "mental health crisis care", "retail crime", "the witness care unit", "out of court resolutions",
          "night-time economy", "cyber crime", "missing people", "restorative justice"]
VERBS = ["circulate the briefing on", "provide an update on", "report back on", "arrange a workshop on",
         "share the performance data for", "write to partners about", "review the funding of",
         "publish the summary of", "set up a task and finish group on"]
STATUSES = ["Open", "Complete", "Ongoing", "Closed", "New", "Carried forward"]
RAG = ["Green", "Amber", "Red", "Complete", "Not started"]
SAY = ["{who} presented the report on {topic} and explained that {n} cases had been reviewed since {month}.",
       "{who} reported that demand linked to {topic} had risen by {k}% on the same quarter last year.",
       "Members asked how work on {topic} would be funded after March; {who} said a bid had gone to {org}.",
       "{who} noted that the {topic} working group had met {k} times and that a delivery plan would follow.",
       "In response to a question, {who} confirmed that the figures for {topic} would be split by district.",
       "{who} said that the backlog in {topic} had fallen to {n} and that the target remained {m} by March.",
       "The meeting discussed the risks to {topic}, including recruitment, training and control room demand.",
       "{who} welcomed the progress on {topic} but asked for clearer measures of outcomes for victims.",
       "{who} asked whether {org} had been consulted on {topic}; the answer would be circulated."]
PROGRESS = ["{n} officers have completed the training; the remaining staff will be trained by {month}.",
            "The pilot in {place} finished in {month} and the evaluation is being written up.",
            "Recruitment to the {topic} team is under way; {k} of {m} posts are filled.",
            "Delayed: the procurement was re-run after no compliant bids were received.",
            "Funding has been agreed with {org} until March {year}; the service starts in {month}.",
            "Complete. The new process for {topic} went live in {month} and is monitored monthly."]
PLEDGES = ["Increase the visibility of neighbourhood officers in {place}",
           "Improve the support given to victims of {topic}",
           "Work with {org} to reduce {topic}", "Make it easier to report {topic} online",
           "Commission a specialist service for {topic}", "Review how {topic} is recorded and published"]
FREQUENCIES = ["meets quarterly", "meets monthly", "meets every two months", "meets every six weeks"]


def place_name(rng: random.Random) -> str:
    return rng.choice(PLACE_START) + rng.choice(PLACE_END)


class Writer:
    """One document's random choices: its area, body, date and people, and sentences about them."""

    def __init__(self, rng: random.Random, area: tuple[str, str]):
        self.rng, (self.county, self.place) = rng, area
        self.body = f"{self.county} {rng.choice(BODIES)}"
        self.org = rng.choice([f"{self.county} Police", f"Office of the {self.county} Police and Crime Commissioner",
                               f"{self.place} Borough Council", f"{self.county} County Council"])
        day = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
        self.date = day - timedelta(days=max(0, day.weekday() - 4))  # meetings on weekdays
        self.roles_taken: set[str] = set()
        self.people = [self.person() for _ in range(rng.randint(6, 16))]  # the last two send apologies

    def person(self) -> dict:
        r = self.rng
        gender = r.choice("fm")
        first, last = r.choice(FIRST[gender]), r.choice(LAST)
        role, abbr = r.choice(ROLES)
        if abbr and abbr in self.roles_taken:  # one Chief Constable a meeting
            role, abbr = "Policy Officer", ""
        self.roles_taken.add(abbr)
        title = "Cllr " if role == "Councillor" else "" if "Constable" in role else r.choice(TITLES[gender]) + " "
        return {"name": f"{title}{first} {last}", "role": role, "abbr": abbr or first[0] + last[0]}

    def partner(self) -> str:
        return self.rng.choice([f"{self.place} District Council", "the Probation Service",
                                "the Fire and Rescue Service",
                                f"NHS {self.county} Integrated Care Board", "Victim Support", f"{self.county} Police"])

    def fill(self, template: str) -> str:
        r = self.rng
        who = r.choice(self.people[:-2])  # those present
        month = date(2000, r.randint(1, 12), 1).strftime("%B")
        text = template.format(who=r.choice([f"the {who['role']}", who["name"], who["abbr"]]), topic=r.choice(TOPICS),
                               n=r.randint(12, 900), m=r.randint(5, 60), k=r.randint(2, 30), month=month,
                               org=self.partner(), place=place_name(r), year=self.date.year + 1)
        text = text.replace("the the ", "the ")
        return text[0].upper() + text[1:]

    def due(self) -> str:
        return (self.date + timedelta(days=self.rng.randint(14, 200))).strftime("%d/%m/%Y")

    def long_date(self) -> str:
        return self.date.strftime("%A %d %B %Y").replace(" 0", " ")

    def action(self) -> str:
        return f"{self.rng.choice(self.people)['abbr']} to {self.rng.choice(VERBS)} {self.rng.choice(TOPICS)}"


def minutes(w: Writer):
    r = w.rng
    yield ("h", 1, w.body)
    yield ("p", f"Minutes of the meeting held on {w.long_date()} at {r.randint(9, 15)}.00 in the Council Chamber, "
                f"{w.place} House.")
    present = [f"{p['name']} ({p['abbr']}) \u2013 {p['role']}" for p in w.people[:-2]]
    yield from [("h", 2, "Present"), ("ul", present), ("h", 2, "Apologies"),
                ("p", f"Apologies were received from {w.people[-1]['name']} and {w.people[-2]['name']}.")]
    for n in itertools.count(1):
        yield ("h", 2, f"{n}. {r.choice(TOPICS).capitalize()}")
        for _ in range(r.randint(1, 4)):
            yield ("p", " ".join(w.fill(r.choice(SAY)) for _ in range(r.randint(2, 5))))
        if r.random() < 0.4:
            yield ("p", r.choice(["RESOLVED: that the report be noted.",
                                  "RESOLVED: that the recommendations be approved."]))
        if r.random() < 0.5:
            yield ("p", f"ACTION: {w.action()} by {w.due()}.")
        if n % 12 == 0:
            yield ("h", 2, "Action log")
            rows = [[f"{w.date:%y}/{n}.{i}", w.action(), r.choice(w.people)["name"], w.due(), r.choice(STATUSES)]
                    for i in range(1, r.randint(4, 14))]
            yield ("table", ["Ref", "Action", "Owner", "Due", "Status"], rows, [1, 5, 2.4, 1.4, 1.7])


def plan(w: Writer):
    r = w.rng
    yield ("h", 1, f"{w.county} Police and Crime Plan {w.date.year}\u2013{w.date.year + 4}")
    yield ("h", 2, "Foreword")
    yield ("p", f"I will put victims first and I will hold the Chief Constable to account for {r.choice(TOPICS)}. "
                + w.fill(r.choice(SAY)))
    for n in itertools.count(1):
        yield ("h", 2, f"Priority {n}: {r.choice(TOPICS).capitalize()}")
        yield ("p", " ".join(w.fill(r.choice(SAY)) for _ in range(r.randint(2, 4))))
        yield ("h", 3, f"Objective {n}.1: {w.fill(r.choice(PLEDGES))}")
        yield ("p", "We will:")
        yield ("ul", [w.fill(r.choice(PLEDGES)) for _ in range(r.randint(3, 7))])
        yield ("h", 3, "Outcomes")
        yield ("ul", [f"Fewer repeat victims of {r.choice(TOPICS)}", f"More confidence in {w.place} policing"])
        if r.random() < 0.15:
            rows = [[f"Reduce {r.choice(TOPICS)}", f"{r.randint(100, 999)}", f"{r.randint(50, 99)}",
                     r.choice(["Quarterly", "Annual", "Monthly"])] for _ in range(r.randint(3, 8))]
            yield ("table", ["Measure", "Baseline", "Target", "Reported"], rows, [5, 1.5, 1.5, 1.6])


def report(w: Writer):
    r = w.rng
    yield ("h", 1, f"Delivery plan progress report: quarter {r.randint(1, 4)}")
    yield ("p", f"From: {w.org}. To: {w.body}. Date: {w.long_date()}. Classification: OFFICIAL.")
    yield ("p", f"The {w.body.split(' ', 1)[1]} is asked to note the progress made against the plan.")
    for n in itertools.count(1):
        yield ("h", 2, f"{n}. {r.choice(TOPICS).capitalize()}")
        for k in range(1, r.randint(3, 7)):
            yield ("p", f"{n}.{k} " + " ".join(w.fill(r.choice(SAY)) for _ in range(r.randint(1, 3))))
        if n % 6 == 0:
            yield ("h", 2, f"Appendix {chr(64 + n // 6 % 26 or 26)}: delivery plan")
            rows = [[f"{n}.{i}", w.fill(r.choice(PLEDGES)), w.fill(r.choice(PROGRESS)), r.choice(RAG),
                     r.choice(w.people)["role"]] for i in range(1, r.randint(6, 13))]
            yield ("table", ["Ref", "Commitment", "Progress update", "RAG", "Lead"], rows, [0.8, 4, 6, 1.5, 2.5])


def terms_of_reference(w: Writer):
    r = w.rng
    chair, *members = w.people
    yield ("h", 1, f"{w.body}: Terms of Reference")
    yield ("p", f"Approved by the Board on {w.long_date()}.")
    yield from [("h", 2, "1. Purpose"),
                ("p", f"To oversee the work of partners on {r.choice(TOPICS)} across {w.county}."),
                ("h", 2, "2. Objectives"), ("ul", [w.fill(r.choice(PLEDGES)) for _ in range(r.randint(3, 6))]),
                ("h", 2, "3. Membership"), ("p", f"Chair: {chair['name']}, {chair['role']}"),
                ("ul", [f"{p['role']}, {w.partner()}" for p in members]),
                ("h", 2, "4. Meetings"), ("p", f"The Board {r.choice(FREQUENCIES)}. It is quorate when "
                                               f"{r.randint(3, 6)} members are present."),
                ("h", 2, "5. Reporting"), ("p", f"The Board is accountable to the {w.county} {r.choice(BODIES)}.")]
    versions = [[f"0.{v}", w.due(), r.choice(members)["name"], r.choice(["Draft", "Membership updated", "Approved"])]
                for v in range(1, r.randint(3, 6))]
    yield ("table", ["Version", "Date", "Author", "Change"], versions, [1, 1.5, 3, 4])
    for n in itertools.count(6):  # long ToRs: one section per sub-group
        yield ("h", 2, f"{n}. Sub-group: {r.choice(TOPICS).capitalize()}")
        yield ("p", f"The sub-group {r.choice(FREQUENCIES)} and reports to the Board. " + w.fill(r.choice(SAY)))
        yield ("ul", [f"{p['role']}, {w.partner()}" for p in r.sample(members, min(4, len(members)))])


GENRE_BLOCKS = {"minutes": minutes, "plan": plan, "report": report, "tor": terms_of_reference}


def split_by_shares(total: int, shares: dict[str, float], minimum: int) -> dict[str, int]:
    """Split ``total`` by ``shares``, each key getting at least ``minimum``; the first key takes the rest."""
    counts = {k: max(minimum, int(total * s)) for k, s in shares.items()}
    first = next(iter(shares))
    counts[first] += total - sum(counts.values())
    return counts


def pages_per_pdf(rng: random.Random, pdfs: int, pages: int) -> list[int]:
    """Page counts for ``pdfs`` PDFs summing to ``pages``: many short papers, some long reports and plans."""
    if pages < pdfs:
        raise ValueError(f"pages ({pages}) must be at least the number of PDFs ({pdfs})")
    weights = [rng.choice([rng.randint(1, 4), rng.randint(4, 20), rng.randint(4, 20), rng.randint(20, 60)])
               if rng.random() > 0.04 else rng.randint(60, 150) for _ in range(pdfs)]
    spare, total = pages - pdfs, sum(weights)
    counts = [1 + spare * w // total for w in weights]
    for i in sorted(range(pdfs), key=lambda i: -(spare * weights[i] % total))[:pages - sum(counts)]:
        counts[i] += 1
    return counts


def make_document(path: Path, fmt: str, genre: str, rng: random.Random, area, pdf_pages: int | None) -> dict:
    """Write one document; return its number of tables and whether it has two-column pages."""
    w = Writer(rng, area)
    blocks = GENRE_BLOCKS[genre](w)
    doc = CorpusDoc(title=w.body if genre == "minutes" else f"{w.body} {genre}", organisation=w.org,
                    header=f"{w.body} \u2013 {w.long_date()}",
                    numbering=rng.choice(["Page {n} of {total}", "{n}", "- {n} -", "Page {n}"]),
                    two_column=genre != "tor" and rng.random() < 0.2)
    if fmt == "pdf":
        tables, table_pages = write_pdf(path, doc, pdf_pages, blocks)
        return {"tables": tables, "table_pages": table_pages, "two_column": doc.two_column and pdf_pages > 1}
    doc.blocks = list(itertools.islice(blocks, rng.randint(25, 90)))
    if fmt == "docx":
        write_docx(path, doc)
    elif fmt == "html":
        write_html(path, doc, nav=["Your council", "Community safety", "Meetings and minutes", "Contact us"])
    elif fmt == "md":
        write_markdown(path, doc)
    else:
        write_text(path, doc)
    return {"tables": sum(1 for b in doc.blocks if b[0] == "table"), "table_pages": None, "two_column": False}


def make_corpus(directory: Path, docs: int = 1000, pages: int = 10000, seed: int = 7) -> list[dict]:
    """Write the corpus into ``directory``; return one entry per file: path (relative), format, genre,
    pages and table_pages (PDFs), tables, two_column and sha256."""
    directory, master = Path(directory), random.Random(seed)
    formats = [f for f, n in split_by_shares(docs, FORMAT_SHARES, 1 if docs >= len(FORMAT_SHARES) else 0).items()
               for _ in range(n)]
    master.shuffle(formats)
    pdf_pages = iter(pages_per_pdf(master, formats.count("pdf"), pages))
    areas = [(place_name(master) + "shire", place_name(master)) for _ in range(max(3, docs // 40))]
    entries = []
    for i, fmt in enumerate(formats):
        rng = random.Random(f"{seed}-{i}")
        genre, area = rng.choice(GENRES[fmt]), rng.choice(areas)
        path = directory / area[0].lower() / f"{i:04d}_{genre}{SUFFIX[fmt]}"
        path.parent.mkdir(parents=True, exist_ok=True)
        n = next(pdf_pages) if fmt == "pdf" else None
        layout = make_document(path, fmt, genre, rng, area, n)
        entries.append({"path": str(path.relative_to(directory)), "format": fmt, "genre": genre, "pages": n,
                        **layout, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
    return entries


if __name__ == "__main__":  # pragma: no cover
    import argparse

    parser = argparse.ArgumentParser(description="Write the benchmark corpus into a folder.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    a = parser.parse_args()
    files = make_corpus(a.out, a.docs, a.pages, a.seed)
    print(f"{len(files)} files, {sum(f['pages'] or 0 for f in files)} PDF pages in {a.out}")
