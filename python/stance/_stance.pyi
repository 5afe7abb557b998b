"""Type stubs of the extension module ``stance._stance`` (the Rust half of
:mod:`stance`; use :class:`stance.Lexicon` rather than these directly)."""

import os
from typing import Any, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

__version__: str
DEFAULT_LEXICON_NAME: str
DEFAULT_MAX_ARTICLE_BYTES: int
CELL_COLUMNS: List[str]
EVIDENCE_CSV_COLUMNS: List[str]

_Outcome = Tuple[str, Optional[str], Optional[str], List[str]]

class Problem:
    """One problem of a lexicon, as ``stance lexicon check`` reports it;
    ``str(problem)`` is the CLI's line (without ``stance:``)."""

    @property
    def severity(self) -> str: ...  # "error" or "warning"
    @property
    def file(self) -> str: ...
    @property
    def line(self) -> Optional[int]: ...
    @property
    def column(self) -> Optional[int]: ...
    @property
    def message(self) -> str: ...
    @property
    def hint(self) -> Optional[str]: ...
    @property
    def is_error(self) -> bool: ...

class Results(Iterator[str]):
    """JSONL records of ``Engine.iterate``, produced one batch at a time."""

    def __iter__(self) -> "Results": ...
    def __next__(self) -> str: ...

class Engine:
    """A compiled lexicon."""

    @staticmethod
    def default_lexicon() -> "Engine": ...
    @staticmethod
    def load(path: Union[str, "os.PathLike[str]"]) -> "Engine": ...
    @staticmethod
    def from_yaml(source: str, name: str) -> "Engine": ...
    @property
    def name(self) -> str: ...
    @property
    def hash(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def parties(self) -> List[Tuple[str, str]]: ...
    @property
    def issues(self) -> List[Tuple[str, str]]: ...
    @property
    def warnings(self) -> List[Problem]: ...
    def check(self) -> List[Problem]: ...
    def analyze_one(
        self,
        text: Union[str, bytes],
        id: Any = None,
        date: Any = None,
        title: Any = None,
        source: Any = None,
        max_evidence: Optional[int] = None,
        max_article_bytes: int = ...,
        stacklevel: int = 1,
    ) -> str: ...
    def iterate(
        self,
        articles: Iterable[Any],
        threads: Optional[int] = None,
        max_evidence: Optional[int] = None,
        batch: int = 256,
        errors: str = "raise",
        max_article_bytes: int = ...,
    ) -> Results: ...
    def analyze_lines(
        self,
        paths: Sequence[str],
        line_nos: Sequence[int],
        lines: Sequence[Optional[bytes]],
        threads: Optional[int] = None,
        max_evidence: Optional[int] = None,
        max_article_bytes: int = ...,
    ) -> List[Optional[_Outcome]]: ...
    def analyze_records(
        self,
        records: Sequence[Any],
        paths: Sequence[str],
        ids: Sequence[str],
        threads: Optional[int] = None,
        max_evidence: Optional[int] = None,
        max_article_bytes: int = ...,
    ) -> List[_Outcome]: ...
    def track_csv(self, results: Iterable[Any], by: str = "month", group_by_source: bool = False) -> str: ...

def check_file(path: Union[str, "os.PathLike[str]"]) -> List[Problem]: ...
