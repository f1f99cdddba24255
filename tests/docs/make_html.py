"""Test web pages: each ``make_*`` writes one file into a directory and returns its
path. The wording is invented; the layouts copy council and police sites (skip
links, navigation, breadcrumbs, cookie banners, share links and footers around a
main content area).
"""

from __future__ import annotations

from pathlib import Path

FURNITURE_TEXT = [  # text that sits only in site furniture and must never be read
    "Skip to main content", "Accessibility settings", "Council homepage", "Your area",
    "You are here", "We use cookies on this website", "Accept all cookies",
    "Share this page", "Related pages", "Council Offices, Market Street",
    "Search this site", "Hidden draft note", "dataLayer", "Newsletter sign-up",
]

BOILERPLATE_PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Community Safety Partnership Board – 4 June 2024 | Borough Council</title>
<meta property="article:modified_time" content="2024-06-18T09:15:00+01:00">
<link rel="canonical" href="https://council.example/csp/board-2024-06">
<script>window.dataLayer = [];</script><style>.cookie-banner{position:fixed}</style></head>
<body>
<a class="skip-link" href="#main">Skip to main content</a> <a href="#a11y">Accessibility settings</a>
<div id="cookieBanner" role="region">We use cookies on this website. <button>Accept all cookies</button></div>
<header class="site-header"><a href="/">Council homepage</a>
  <form role="search"><input name="q"><button>Search this site</button></form></header>
<nav aria-label="Main navigation"><ul><li><a href="/area">Your area</a></li><li>Bins</li></ul></nav>
<ol class="govuk-breadcrumbs"><li>You are here</li><li><a href="/csp">Community safety</a></li></ol>
<main id="main">
  <header class="page-header"><h1>Community Safety Partnership Board – 4 June 2024</h1></header>
  <p><strong>Date:</strong> Tuesday 4 June 2024, <em>10.00am</em></p>
  <p>Held at the <a href="/offices">Civic Centre</a>, Committee Room 2.<br>Chaired by the
     Cabinet Member for Communities.</p>
  <h2>Present</h2>
  <ul>
    <li>Cllr A Smith (Chair)</li>
    <li>Jane Doe – Head of Community Safety
      <ul><li>deputising for the Director</li><li>left at 11.00am</li></ul>
    </li>
    <li><p>Sam Patel, Police Inspector</p></li>
  </ul>
  <div class="notice">Minutes are subject to approval at the next meeting.</div>
  <h3>1. Action log</h3>
  <table>
    <caption>Open actions</caption>
    <thead><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Status</th></tr></thead>
    <tbody>
      <tr><td>12/24</td><td>Circulate the <b>draft</b> plan</td><td>JD</td><td rowspan="2">Open</td></tr>
      <tr><td>13/24</td><td>Report back on CCTV</td><td>SP</td></tr>
      <tr><td colspan="3">Theme: Violence against women and girls</td><td>New</td></tr>
    </tbody>
  </table>
  <dl><dt>Next meeting</dt><dd>3 September 2024</dd>
      <dt>Apologies:</dt><dd>Cllr B Jones</dd><dd>Mr C Khan</dd></dl>
  <p hidden>Hidden draft note</p>
  <div class="share-this-page"><a href="#">Share this page</a></div>
</main>
<aside class="related"><h2>Related pages</h2><ul><li>Crime statistics</li></ul></aside>
<div class="newsletter"><form><label>Newsletter sign-up</label><input></form></div>
<footer><p>Council Offices, Market Street</p></footer>
</body></html>
"""

PAGE_WITHOUT_MAIN = """<html><head><title>Parish council meeting notes</title>
<meta name="DC.date" content="12/03/2024"></head>
<body>
<div class="top-nav"><a href="/">Home</a> <a href="/meetings">Meetings</a></div>
<div class="wrapper">
  <h2>Parish Council – notes of the meeting</h2>
  Councillors present: <span>Cllr D Evans</span>, <span>Cllr F Green</span>
  <div>PLAY AREA – Village Green <b>The Council agreed</b> to repair the fence.</div>
  <section><p>The Clerk will obtain three quotes.</p></section>
  <table role="presentation"><tr><td><p>Layout cell paragraph one.</p><p>Layout cell paragraph two.</p></td></tr></table>
</div>
<div id="footer">Website by a supplier</div>
</body></html>
"""


def make_boilerplate_page(directory: Path) -> Path:
    """Main content (headings, nested list, table with spans, dl) inside every kind of site furniture."""
    path = Path(directory) / "csp_board_2024_06.html"
    path.write_text(BOILERPLATE_PAGE, encoding="utf-8")
    return path


def make_page_without_main(directory: Path) -> Path:
    """An old-style page: no main or article, text loose in divs, a layout table."""
    path = Path(directory) / "parish_notes.htm"
    path.write_text(PAGE_WITHOUT_MAIN, encoding="utf-8")
    return path


def make_cp1252_page(directory: Path) -> Path:
    """A page declared and encoded as windows-1252, with curly quotes and a pound sign."""
    path = Path(directory) / "budget.html"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            "<title>Budget</title></head><body><main><h1>Budget report</h1>"
            "<p>The \u201cprecept\u201d rises by \u00a312.50 \u2013 agreed.</p></main></body></html>")
    path.write_bytes(html.encode("cp1252"))
    return path


def make_mislabelled_page(directory: Path) -> Path:
    """A page that claims UTF-8 but is windows-1252 bytes."""
    path = Path(directory) / "mislabelled.html"
    html = '<html><head><meta charset="utf-8"></head><body><p>Caf\u00e9 licence \u2013 \u00a3200</p></body></html>'
    path.write_bytes(html.encode("cp1252"))
    return path


def make_deeply_nested_page(directory: Path, depth: int = 10_000) -> Path:
    """A page whose content sits inside `depth` nested divs."""
    path = Path(directory) / "deep.html"
    html = "<html><body><main>" + "<div>" * depth + "<p>Deep paragraph.</p>" + "</div>" * depth + "</main></body></html>"
    path.write_text(html, encoding="utf-8")
    return path


def make_empty_page(directory: Path) -> Path:
    """A page with markup and furniture but no content text."""
    path = Path(directory) / "empty.html"
    path.write_text("<html><head><title>Nothing</title></head><body>\n  <nav>Home</nav>\n</body></html>",
                    encoding="utf-8")
    return path


def make_binary_page(directory: Path) -> Path:
    """Binary bytes behind an .html name."""
    path = Path(directory) / "binary.html"
    path.write_bytes(b"<html>" + bytes(range(256)) * 40 + b"\x00" * 4000)
    return path
