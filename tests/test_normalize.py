from scrutiny.ingest.normalize import fold_confusables, normalize_text


def test_cyrillic_lookalikes_in_english_text_fold_to_latin():
    # The monitoring report prints "May" as Cyrillic М, а, у.
    assert normalize_text("\u041c\u0430\u0443 Victim satisfaction (P)") == "May Victim satisfaction (P)"


def test_mixed_script_word_folds():
    assert fold_confusables("Bo\u0430rd") == "Board"


def test_russian_text_is_left_alone():
    text = "\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u0441\u043e\u0432\u0435\u0442"
    assert normalize_text(text) == text


def test_whitespace_collapsed_and_invisibles_removed():
    assert normalize_text("  organi\u00adsation\u200b \n\t of  the\u00a0Board ") == "organisation of the Board"


def test_curly_quotes_kept_and_nfc():
    assert normalize_text("Victims\u2019 Board \u201cquoted\u201d") == "Victims\u2019 Board \u201cquoted\u201d"
    assert normalize_text("Cafe\u0301") == "Caf\u00e9"
