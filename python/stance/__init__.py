"""stance: reads news articles and tells, party by party, where each side
stands on each contested issue.

The Python face of the ``stance`` engine (the same Rust code as the
``stance`` command): results are the objects of the JSONL contract, byte for
byte what ``stance analyze --format jsonl`` writes.

>>> import stance
>>> lex = stance.Lexicon.default()
>>> r = lex.analyze("North Korea has demanded sanctions relief.")
>>> [(c["party"], c["issue"], c["stance"]) for c in r["cells"]]
[('DPRK', 'sanctions_relief', 'support')]

Many articles, in parallel and in input order (any iterable of dicts, or a
pandas DataFrame with ``text``/``id``/``date``/``title``/``source``
columns)::

    results = list(lex.analyze_many(articles))
    cells = stance.cells_frame(results)       # one row per article x party x issue
    kwic = stance.evidence_frame(results)     # one row per evidence sentence
    timeline = stance.track(results, by="quarter")

pandas is needed only by the ``*_frame`` functions and :func:`track`.
"""

from __future__ import annotations

import functools
import io
import json as _json
from typing import (
    TYPE_CHECKING,
    Any,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Union,
)

from . import _stance
from ._errors import ArticleError, LexiconError, StanceError, StanceWarning
from ._stance import Problem

if TYPE_CHECKING:  # pragma: no cover
    import os

    import pandas as pd

__version__: str = _stance.__version__

__all__ = [
    "ArticleError",
    "Lexicon",
    "LexiconError",
    "Problem",
    "StanceError",
    "StanceWarning",
    "__version__",
    "cells_frame",
    "check_lexicon",
    "evidence_frame",
    "track",
    "track_csv",
]

#: A result: one object of the JSONL contract.
Result = Dict[str, Any]
#: An article: a mapping with ``text`` (and optionally ``id``, ``date``,
#: ``title``, ``source``), or a bare text.
ArticleLike = Union[Mapping[str, Any], str, bytes]

_PERIODS = ("day", "week", "month", "quarter", "year")


class Lexicon:
    """A compiled lexicon: the parties, the issues and the words that signal
    a stance. Immutable and safe to share between threads; picklable (it
    travels as its YAML text and is compiled again on arrival).

    Make one with :meth:`default`, :meth:`load` or :meth:`from_yaml`.
    """

    __slots__ = ("_engine", "__weakref__")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError(
            "use stance.Lexicon.default(), stance.Lexicon.load(path) "
            "or stance.Lexicon.from_yaml(text)"
        )

    @classmethod
    def _wrap(cls, engine: Any) -> "Lexicon":
        self = object.__new__(cls)
        self._engine = engine
        return self

    # -- making one ---------------------------------------------------------

    @classmethod
    def default(cls) -> "Lexicon":
        """The bundled US–DPRK lexicon (compiled once, then shared)."""
        return _default()

    @classmethod
    def load(cls, path: "Union[str, os.PathLike[str]]") -> "Lexicon":
        """Loads, checks and compiles a lexicon YAML file, as ``stance
        --lexicon FILE`` does.

        Raises:
            LexiconError: the file cannot be read, is not YAML of the
                schema, or fails the checks; the error carries every
                problem with its line and column.
        """
        return cls._loaded(_stance.Engine.load(path))

    @classmethod
    def from_yaml(cls, text: str, *, name: str = "<string>") -> "Lexicon":
        """Compiles a lexicon from YAML text; ``name`` is used in messages.

        Raises:
            LexiconError: as :meth:`load`.
        """
        return cls._loaded(_stance.Engine.from_yaml(text, name))

    @classmethod
    def _loaded(cls, engine: Any) -> "Lexicon":
        import warnings

        for w in engine.warnings:
            warnings.warn(str(w), StanceWarning, stacklevel=3)
        return cls._wrap(engine)

    def __reduce__(self) -> Any:
        return (_from_yaml_quiet, (self._engine.source, self._engine.name))

    # -- what it is ---------------------------------------------------------

    @property
    def name(self) -> str:
        """The file it was loaded from, or ``<default lexicon us-dprk.yaml>``."""
        return self._engine.name

    @property
    def hash(self) -> str:
        """The content hash recorded in every result (the ``lexicon`` field)."""
        return self._engine.hash

    @property
    def yaml(self) -> str:
        """The YAML text it was compiled from."""
        return self._engine.source

    @property
    def parties(self) -> Dict[str, str]:
        """Party id → display name, in lexicon order."""
        return dict(self._engine.parties)

    @property
    def issues(self) -> Dict[str, str]:
        """Issue id → proposition, in lexicon order."""
        return dict(self._engine.issues)

    @property
    def warnings(self) -> List[Problem]:
        """The warnings found when it was loaded (also emitted as
        :class:`StanceWarning` then)."""
        return self._engine.warnings

    def check(self) -> List[Problem]:
        """The problems ``stance lexicon check`` reports: the load warnings,
        then every example of the lexicon that the engine gets wrong (as an
        error at the example's line). Empty when all is well."""
        return self._engine.check()

    def __repr__(self) -> str:
        return (
            f"<stance.Lexicon {self.name} ({self.hash}): "
            f"{len(self._engine.parties)} parties, {len(self._engine.issues)} issues>"
        )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and other.hash == self.hash

    def __hash__(self) -> int:
        return hash(self.hash)

    # -- analysis -----------------------------------------------------------

    def analyze(
        self,
        text: Union[str, bytes],
        *,
        id: Optional[Any] = None,
        date: Optional[Any] = None,
        title: Optional[Any] = None,
        source: Optional[Any] = None,
        max_evidence: Optional[int] = None,
    ) -> Result:
        """Analyses one article.

        Args:
            text: the article; ``bytes`` are decoded as the CLI decodes a
                file (UTF-8 with or without BOM, UTF-16 with a BOM, invalid
                sequences replaced with a warning).
            id: the article's id (default ``""``).
            date: ``YYYY-MM-DD`` or another form the CLI reads (``Oct. 2,
                2019``), or a ``datetime.date``; default: the dateline found
                in the text. An unparseable date is a warning and leaves the
                article undated, as in the CLI.
            title: default: the first non-empty line.
            source: the outlet (optional).
            max_evidence: keep at most this many evidence sentences per cell
                (``--max-evidence``).

        Returns:
            The article's result: the object of the JSONL contract, ``{"id",
            "date", "title", ["source",] "cells": [...], "stance_version",
            "lexicon"}``, equal to a line of ``stance analyze --format
            jsonl``.

        Raises:
            ArticleError: the article cannot be analysed (the CLI's message).
            TypeError: ``text`` is neither ``str`` nor ``bytes``.
        """
        return _json.loads(
            self._engine.analyze_one(
                text, id, date, title, source, max_evidence, stacklevel=2
            )
        )

    def analyze_json(
        self,
        text: Union[str, bytes],
        *,
        id: Optional[Any] = None,
        date: Optional[Any] = None,
        title: Optional[Any] = None,
        source: Optional[Any] = None,
        max_evidence: Optional[int] = None,
    ) -> str:
        """As :meth:`analyze`, but returns the JSONL record itself (a
        string, without the newline): the bytes ``stance analyze --format
        jsonl`` writes."""
        return self._engine.analyze_one(
            text, id, date, title, source, max_evidence, stacklevel=2
        )

    def analyze_many(
        self,
        articles: Union[Iterable[ArticleLike], "pd.DataFrame"],
        *,
        threads: Optional[int] = None,
        max_evidence: Optional[int] = None,
        batch_size: int = 256,
        errors: str = "raise",
        as_json: bool = False,
    ) -> Iterator[Any]:
        """Analyses many articles in parallel; yields their results in input
        order.

        The input is read ``batch_size`` articles at a time: each batch is
        analysed by ``threads`` Rust threads with the GIL released, and only
        one batch of articles is held at a time, so a generator of any
        length runs in bounded memory. The results are produced lazily: use
        ``list(...)`` to keep them all.

        Args:
            articles: an iterable of dicts (``text``, and optionally ``id``,
                ``date``, ``title``, ``source``; other keys are ignored, as
                in a JSONL line) or of bare texts; or a pandas DataFrame
                with those columns (pyarrow Tables and polars DataFrames
                work too). An article without ``id`` is named by its
                position (``"0"``, ``"1"``, ...) or, in a DataFrame, by its
                index label.
            threads: worker threads (default: one per core).
            max_evidence: keep at most this many evidence sentences per cell.
            batch_size: articles read and analysed together.
            errors: ``"raise"``: an article that cannot be analysed raises
                :class:`ArticleError` when its turn comes; ``"skip"``: it is
                left out with a :class:`StanceWarning` (what the CLI does).
            as_json: yield the JSONL records (strings) instead of dicts.

        Returns:
            An iterator of results (dicts, or strings with ``as_json``).
        """
        source = _records(articles, batch_size)
        results = self._engine.iterate(
            source, threads, max_evidence, batch_size, errors
        )
        return results if as_json else map(_json.loads, results)

    def track(
        self,
        results: Iterable[Union[Result, str]],
        *,
        by: str = "month",
        group_by: Optional[str] = None,
    ) -> "pd.DataFrame":
        """:func:`stance.track` with this lexicon."""
        return track(results, by=by, lexicon=self, group_by=group_by)


@functools.lru_cache(maxsize=1)
def _default() -> Lexicon:
    return Lexicon._wrap(_stance.Engine.default_lexicon())


def _from_yaml_quiet(text: str, name: str) -> Lexicon:
    # Unpickling: the warnings were shown where it was first loaded.
    if name == _stance.DEFAULT_LEXICON_NAME:
        return _default()
    return Lexicon._wrap(_stance.Engine.from_yaml(text, name))


def _missing(v: Any) -> bool:
    return (
        v is None
        or (isinstance(v, float) and v != v)
        or type(v).__name__ in ("NAType", "NaTType")
    )


def _records(articles: Any, batch_size: int) -> Iterable[Any]:
    """The articles as an iterable of dicts or texts (frames read in
    chunks)."""
    if isinstance(articles, (str, bytes, Mapping)):
        raise TypeError(
            "analyze_many takes an iterable of articles; for one article use analyze()"
        )
    if hasattr(articles, "columns") and hasattr(articles, "iloc"):
        return _pandas_records(articles, max(1, batch_size))
    if hasattr(articles, "iter_rows") and hasattr(articles, "columns"):  # polars
        return articles.iter_rows(named=True)
    if hasattr(articles, "to_batches") and hasattr(articles, "schema"):  # pyarrow
        return (r for b in articles.to_batches() for r in b.to_pylist())
    return articles


_FIELDS = ("text", "id", "date", "title", "source")


def _pandas_records(df: Any, batch_size: int) -> Iterator[Dict[str, Any]]:
    cols = [c for c in _FIELDS if c in df.columns]
    if "text" not in cols:
        raise ValueError(
            "the DataFrame has no `text` column (it has: "
            + ", ".join(map(str, df.columns))
            + ")"
        )
    return _pandas_chunks(df, cols, batch_size)


def _pandas_chunks(df: Any, cols: List[str], batch_size: int) -> Iterator[Dict[str, Any]]:
    for start in range(0, len(df), batch_size):
        chunk = df.iloc[start : start + batch_size]
        recs = chunk[cols].to_dict("records")
        for label, rec in zip(chunk.index, recs):
            if _missing(rec.get("id")):
                rec["id"] = str(label)
            yield rec


def check_lexicon(path: "Union[str, os.PathLike[str]]") -> List[Problem]:
    """Every problem ``stance lexicon check PATH`` prints, errors included,
    without raising: an empty list means the lexicon is clean and all its
    examples pass."""
    return _stance.check_file(path)


# -- frames ------------------------------------------------------------------


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "this function needs pandas: pip install pandas (or 'stance[pandas]')"
        ) from e
    return pandas


def _as_result(r: Any) -> Result:
    if isinstance(r, str):
        return _json.loads(r)
    if isinstance(r, Mapping):
        return r  # type: ignore[return-value]
    raise TypeError(f"a result is a dict or a JSONL string, not {type(r).__name__}")


#: Columns of :func:`cells_frame`: those of ``stance analyze --format csv``
#: (read from the library, so they are the CLI's).
CELL_COLUMNS: List[str] = list(_stance.CELL_COLUMNS)

#: Columns of :func:`evidence_frame`: those of ``--evidence-csv``, then
#: ``marked``.
EVIDENCE_COLUMNS: List[str] = list(_stance.EVIDENCE_CSV_COLUMNS) + ["marked"]


def _dates(pd: Any, values: List[Optional[str]]) -> Any:
    return pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d")


def cells_frame(results: Iterable[Union[Result, str]]) -> "pd.DataFrame":
    """One row per article × party × issue: the rows and columns of
    ``stance analyze --format csv`` (``article_id, date, title, source,
    party, issue, stance, score, support, oppose, evidence_count, lexicon,
    stance_version``), with ``date`` as datetime64 (``NaT`` when undated),
    the scores as floats and ``evidence_count`` as an integer.

    ``results`` are dicts from :meth:`Lexicon.analyze_many` (or their JSONL
    strings). Needs pandas.
    """
    pd = _pandas()
    rows = []
    for r in results:
        r = _as_result(r)
        for c in r["cells"]:
            rows.append(
                (
                    r["id"],
                    r.get("date"),
                    r.get("title"),
                    r.get("source"),
                    c["party"],
                    c["issue"],
                    c["stance"],
                    c["score"],
                    c["support"],
                    c["oppose"],
                    c["evidence_count"],
                    r.get("lexicon"),
                    r.get("stance_version"),
                )
            )
    cols = list(zip(*rows)) if rows else [()] * len(CELL_COLUMNS)
    data = dict(zip(CELL_COLUMNS, (list(c) for c in cols)))
    df = pd.DataFrame(
        {
            "article_id": pd.Series(data["article_id"], dtype=object),
            "date": _dates(pd, data["date"]),
            "title": pd.Series(data["title"], dtype=object),
            "source": pd.Series(data["source"], dtype=object),
            "party": pd.Series(data["party"], dtype=object),
            "issue": pd.Series(data["issue"], dtype=object),
            "stance": pd.Series(data["stance"], dtype=object),
            "score": pd.Series(data["score"], dtype="float64"),
            "support": pd.Series(data["support"], dtype="float64"),
            "oppose": pd.Series(data["oppose"], dtype="float64"),
            "evidence_count": pd.Series(data["evidence_count"], dtype="int64"),
            "lexicon": pd.Series(data["lexicon"], dtype=object),
            "stance_version": pd.Series(data["stance_version"], dtype=object),
        },
        columns=CELL_COLUMNS,
    )
    return df


def marked(sentence: str, start: int, matches: Iterable[Mapping[str, Any]]) -> str:
    """An evidence sentence with its matched words marked «like this» and
    white space collapsed, as ``stance analyze --evidence`` shows it.
    ``start`` is the sentence's byte offset; match offsets are byte offsets
    in the article (UTF-8), as in the JSONL contract."""
    b = sentence.encode("utf-8")
    end = start + len(b)

    def boundary(i: int) -> bool:
        return i == len(b) or (0 <= i < len(b) and (b[i] & 0xC0) != 0x80)

    spans = sorted(
        (m["start"] - start, m["end"] - start)
        for m in matches
        if m["start"] >= start and m["end"] <= end
    )
    out = bytearray()
    pos = 0
    for s, t in spans:
        if s < pos or not boundary(s) or not boundary(t):
            continue
        out += b[pos:s] + "«".encode() + b[s:t] + "»".encode()
        pos = t
    out += b[pos:]
    return " ".join(out.decode("utf-8").split())


def evidence_frame(results: Iterable[Union[Result, str]]) -> "pd.DataFrame":
    """One row per evidence sentence (a keyword-in-context table): the
    columns of ``--evidence-csv`` (``article_id, date, title, source, party,
    issue, polarity, weight, hedged, conditional, rule, matches, start, end,
    in_title, sentence, lexicon, stance_version``), with ``matches`` a list
    of the matched words, ``date`` a datetime64, and one more column,
    ``marked``: the sentence with its matched words «marked», white space
    collapsed. ``start`` and ``end`` are UTF-8 byte offsets, as in the JSONL
    contract, into the text, or into the title when ``in_title`` (the title
    read as a sentence of its own): ``text.encode()[start:end].decode()`` is
    the sentence. The sentence is as in the text (the CSV collapses its
    white space).

    Only the evidence kept in the results is listed (see ``max_evidence``).
    Needs pandas.
    """
    pd = _pandas()
    rows = []
    for r in results:
        r = _as_result(r)
        for c in r["cells"]:
            for e in c.get("evidence", ()):
                rows.append(
                    (
                        r["id"],
                        r.get("date"),
                        r.get("title"),
                        r.get("source"),
                        c["party"],
                        c["issue"],
                        e["polarity"],
                        e["weight"],
                        e["hedged"],
                        e["conditional"],
                        e["rule"],
                        [m["text"] for m in e["matches"]],
                        e["start"],
                        e["end"],
                        bool(e.get("in_title", False)),
                        e["sentence"],
                        r.get("lexicon"),
                        r.get("stance_version"),
                        marked(e["sentence"], e["start"], e["matches"]),
                    )
                )
    cols = list(zip(*rows)) if rows else [()] * len(EVIDENCE_COLUMNS)
    data = dict(zip(EVIDENCE_COLUMNS, (list(c) for c in cols)))
    types = {
        "weight": "float64",
        "hedged": "bool",
        "conditional": "bool",
        "in_title": "bool",
        "start": "int64",
        "end": "int64",
    }
    frame = {}
    for name in EVIDENCE_COLUMNS:
        if name == "date":
            frame[name] = _dates(pd, data[name])
        else:
            frame[name] = pd.Series(data[name], dtype=types.get(name, object))
    return pd.DataFrame(frame, columns=EVIDENCE_COLUMNS)


# -- timelines ---------------------------------------------------------------


def track_csv(
    results: Iterable[Union[Result, str]],
    *,
    by: str = "month",
    lexicon: Optional[Lexicon] = None,
    group_by: Optional[str] = None,
) -> str:
    """The timeline of results as ``stance track --format csv`` writes it,
    byte for byte: ``period, party, issue, score, support, oppose, articles,
    lexicon, stance_version`` (and a leading ``source`` column with
    ``group_by="source"``).

    Args:
        results: dicts or JSONL strings from :meth:`Lexicon.analyze_many`
            (or lines of ``stance analyze --format jsonl``).
        by: ``day``, ``week`` (ISO), ``month``, ``quarter`` or ``year``.
        lexicon: the lexicon that made the results (default: the bundled
            one); results made with another one are refused, as the CLI
            refuses shards of different lexicons.
        group_by: ``None``, or ``"source"`` for one series per outlet.

    Raises:
        ValueError: a result of another lexicon, or not a result.
    """
    if by not in _PERIODS:
        raise ValueError(f"by must be one of {', '.join(_PERIODS)}, not {by!r}")
    if group_by not in (None, "source"):
        raise ValueError(f"group_by must be None or 'source', not {group_by!r}")
    lex = lexicon if lexicon is not None else Lexicon.default()
    return lex._engine.track_csv(results, by, group_by == "source")


def track(
    results: Iterable[Union[Result, str]],
    *,
    by: str = "month",
    lexicon: Optional[Lexicon] = None,
    group_by: Optional[str] = None,
) -> "pd.DataFrame":
    """The timeline of results as a DataFrame: :func:`track_csv` read with
    ``period``, ids and versions as strings and the numbers as numbers (the
    same table as ``pandas.read_csv`` of ``stance track --format csv`` with
    those types). Needs pandas. Arguments as :func:`track_csv`."""
    pd = _pandas()
    text = track_csv(results, by=by, lexicon=lexicon, group_by=group_by)
    return read_track_csv(io.StringIO(text))


def read_track_csv(f: Any) -> "pd.DataFrame":
    """Reads a ``stance track --format csv`` file (path or file object) with
    the types :func:`track` gives."""
    pd = _pandas()
    strings = {c: str for c in ("source", "period", "party", "issue", "lexicon", "stance_version")}
    types = {"score": "float64", "support": "float64", "oppose": "float64", "articles": "int64"}
    return pd.read_csv(f, dtype={**strings, **types}, keep_default_na=False)
