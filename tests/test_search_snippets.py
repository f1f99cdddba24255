"""Snippets: the query's words marked in a hit's text, around the best stretches of it."""

from scrutiny.search.schema import BODY_ANALYZER, EXACT_ANALYZER
from scrutiny.search.snippets import Snippets

FILLER = "The board noted the report and agreed the plan for the coming year. " * 4


def test_every_form_of_a_stemmed_word_is_marked():
    snippet = Snippets(BODY_ANALYZER).snippet("Police said policing and the police force.", {"polic"})
    assert snippet == "**Police** said **policing** and the **police** force."


def test_exact_words_only_without_stemming():
    snippet = Snippets(EXACT_ANALYZER).snippet("Police said policing and the police force.", {"police"})
    assert snippet == "**Police** said policing and the **police** force."


def test_no_match_gives_none():
    assert Snippets(BODY_ANALYZER).snippet("Nothing to see here.", {"polic"}) is None


def test_the_stretches_with_most_distinct_words_in_text_order_with_context_cut_at_words():
    text = f"Victims were heard. {FILLER}Crime fell. {FILLER}Victims of crime were supported. {FILLER}"
    snippet = Snippets(BODY_ANALYZER, maxchars=240, surround=30, top=2).snippet(text, {"victim", "crime"})
    parts = snippet.split(" … ")
    assert len(parts) == 2
    assert "**Victims** of **crime** were supported." in parts[1]  # both words: chosen
    assert parts[0].startswith("**Victims** were heard.")  # then the first of the one-word stretches
    assert "Crime fell" not in snippet
    assert all(len(p) <= 30 + len("**Victims** of **crime** were supported.") + 30 for p in parts)
    for part in parts:  # context begins and ends at a word
        plain = part.replace("**", "")
        at = text.find(plain)
        end = at + len(plain)
        assert at >= 0 and (at == 0 or text[at - 1] == " ") and (end == len(text) or text[end] == " ")


def test_overlapping_stretches_become_one():
    text = "police " + "word " * 20 + "crime " + "word " * 20 + "police"
    snippet = Snippets(BODY_ANALYZER, maxchars=120, surround=60, top=3).snippet(text, {"polic", "crime"})
    assert " … " not in snippet
    assert snippet.count("**") == 6
