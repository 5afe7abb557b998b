"""The exceptions and warnings of :mod:`stance` (raised from Rust too)."""

from __future__ import annotations

from typing import Any, List, Optional, Sequence


class StanceError(Exception):
    """Base class of the errors :mod:`stance` raises."""


class LexiconError(StanceError, ValueError):
    """A lexicon that cannot be loaded: every problem, and the first error's
    place and text.

    ``str(err)`` is what ``stance`` prints (one ``FILE:LINE:COLUMN: error:
    message (hint: ...)`` line per problem, without the ``stance:`` prefix).

    Attributes:
        file: the lexicon's file name, as given.
        line, column: 1-based place of the first error (``None`` if unknown).
        message: the first error's message.
        hint: the first error's hint, or ``None``.
        problems: every :class:`stance.Problem`, errors and warnings.
    """

    file: str
    line: Optional[int]
    column: Optional[int]
    message: str
    hint: Optional[str]
    problems: List[Any]

    def __init__(self, text: str, *, file: str = "", problems: Sequence[Any] = ()) -> None:
        super().__init__(text)
        self.file = file
        self.problems = list(problems)
        first = next((p for p in self.problems if p.is_error), None)
        if first is None and self.problems:
            first = self.problems[0]
        self.line = first.line if first is not None else None
        self.column = first.column if first is not None else None
        self.message = first.message if first is not None else text
        self.hint = first.hint if first is not None else None

    def __reduce__(self):  # picklable, for Spark and multiprocessing
        return (_lexicon_error, (str(self), self.file, self.message, self.line, self.column, self.hint))


def _lexicon_error(text, file, message, line, column, hint):
    e = LexiconError(text, file=file)
    e.message, e.line, e.column, e.hint = message, line, column, hint
    return e


class ArticleError(StanceError, ValueError):
    """An article that cannot be analysed (no ``text``, text not a string,
    over the size limit, binary bytes, ...), with the message the CLI prints
    for it.

    Attributes:
        message: the CLI's message, e.g. ``object has no `text` field``.
        id: the article's id, when it has one.
        index: its position in the input of ``analyze_many`` (``None`` for
            ``analyze``).
        where: where it is, as shown before the message (``articles[3]``).
    """

    message: str
    id: Optional[str]
    index: Optional[int]
    where: Optional[str]

    def __init__(
        self,
        message: str,
        *,
        id: Optional[str] = None,
        index: Optional[int] = None,
        where: Optional[str] = None,
    ) -> None:
        self.message = message
        self.id = id
        self.index = index
        self.where = where
        super().__init__(f"{where}: error: {message}" if where else message)

    def __reduce__(self):
        return (_article_error, (self.message, self.id, self.index, self.where))


def _article_error(message, id, index, where):
    return ArticleError(message, id=id, index=index, where=where)


class StanceWarning(UserWarning):
    """A problem that does not stop the analysis (an unparseable date, an
    empty article, replaced invalid UTF-8, a lexicon warning): the CLI's
    text of the warning."""
