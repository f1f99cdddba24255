"""Every failure a user can see. The CLI prints ``str(error)`` as one line."""


class ScrutinyError(Exception):
    """Base of every error scrutiny reports to a user."""


class UnsupportedFormat(ScrutinyError):
    """The file is of a kind scrutiny cannot read."""


class UnreadableDocument(ScrutinyError):
    """The file claims a supported format but cannot be read (corrupt, encrypted, empty…)."""


class NoTextLayer(UnreadableDocument):
    """A PDF whose pages are images only: it needs OCR, which scrutiny does not do."""


class DocumentTooLarge(UnreadableDocument):
    """A file with more text, or longer lines, than a document scrutiny reads can have."""


class StoreNotFound(ScrutinyError):
    """No store exists in the data directory yet."""

    @classmethod
    def in_home(cls, home) -> "StoreNotFound":
        return cls(f"no store in {home} yet: run 'scrutiny ingest PATH' first")


class DocumentNotFound(ScrutinyError):
    """No stored document matches the name or id given."""


class IndexOutdated(ScrutinyError):
    """The search index was written by a version of scrutiny with another schema."""


class BadQuery(ScrutinyError):
    """A search query that cannot be parsed."""
