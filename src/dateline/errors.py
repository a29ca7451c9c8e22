"""Every user-facing error, with a short code users can search for (as spaCy's ``[E088]``).

One line each: the code, the input it concerns, what went wrong and what to do.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    NOT_FOUND = "D001"
    EMPTY = "D002"
    BINARY = "D003"
    INVALID_UTF8 = "D004"  # a warning: decoded with replacement characters
    TOO_LARGE = "D005"
    NO_TEXT = "D006"
    BAD_JSON = "D007"
    UNSUPPORTED = "D008"
    BAD_CSV = "D009"
    ANALYSIS_FAILED = "D010"
    STORE = "D011"
    NOT_STORED = "D012"
    BAD_OPTION = "D013"
    BAD_QUERY = "D014"


_HINTS = {
    Code.NOT_FOUND: "check the path",
    Code.EMPTY: "the input has no text; skipped",
    Code.BINARY: "not a text file; skipped",
    Code.INVALID_UTF8: "invalid bytes were replaced with U+FFFD; the rest was analyzed",
    Code.TOO_LARGE: "split it into smaller documents, or raise --max-chars",
    Code.NO_TEXT: "the row has no text in the text column; skipped",
    Code.BAD_JSON: "each line must be one JSON object with 'text' (or 'html'); skipped",
    Code.UNSUPPORTED: "use .txt, .html, .json, .jsonl or .csv",
    Code.BAD_CSV: "name the columns with --text-column and --id-column",
    Code.ANALYSIS_FAILED: "this document was skipped; please report it with the input",
    Code.STORE: "the store could not be opened or written",
    Code.NOT_STORED: "no such article in the store; list them with 'dateline query search'",
    Code.BAD_OPTION: "see --help",
    Code.BAD_QUERY: 'use plain words, or FTS5 syntax: "a phrase", word*, a OR b',
}


class DatelineError(Exception):
    """An error about one input (``where``): the batch goes on without it."""

    def __init__(self, code: Code, where: str, reason: str) -> None:
        self.code = code
        self.where = where
        self.reason = reason
        super().__init__(self.line())

    def __reduce__(self) -> tuple[type[DatelineError], tuple[Code, str, str]]:
        # picklable, so worker processes can hand errors back
        return (DatelineError, (self.code, self.where, self.reason))

    def line(self) -> str:
        return f"[{self.code.value}] {self.where}: {self.reason} ({_HINTS[self.code]})"


def warning_line(code: Code, where: str, reason: str) -> str:
    """A one-line note for a problem that did not stop the document."""
    return DatelineError(code, where, reason).line()
