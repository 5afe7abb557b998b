"""stance on Apache Spark: the same analysis as ``stance analyze --format
jsonl``, partition by partition on a cluster.

Run it with ``spark-submit`` (see the README, "Scaling out")::

    spark-submit --archives stance_env.tar.gz#env \
        --conf spark.pyspark.python=./env/bin/python \
        examples/spark/stance_job.py hdfs:///news/2019/ --output hdfs:///stance/2019 --cells

(``stance_env.tar.gz``: a packed virtual environment with the ``stance``
wheel installed; the wheel holds a compiled module, which Python cannot
import from a ``--py-files`` zip), or on one machine ``python -m
stance.spark INPUT --output DIR --master 'local[*]'``, or from Python:
``stance.spark.run(spark, ["news/"], "out/")``.

What runs where: the driver lists the input, counts rows per file split (so
that an article without an ``id`` is named ``FILE:LINE`` as the CLI names
it), reads the lexicon file and broadcasts its text. Each Python worker on
the executors compiles the lexicon once (then keeps it for every task it
runs) and analyses its partition's Arrow batches inside ``mapInPandas``:
raw JSONL lines go through the CLI's own reader, so ids, dates, titles and
every error and warning message are the CLI's. A row that cannot be read
never fails the task: it is reported, with its id and the CLI's message, in
the ``problems/`` side output, and every good row is written.

Output (under ``--output``):

* ``results/part-*.jsonl``: one JSONL record per article, the contract of
  ``stance analyze --format jsonl``; ``stance track`` and ``stance eval``
  read them (``stance track OUT/results --glob '*.jsonl'``). In input order
  unless ``--no-order``: read in name order, the parts replay the order in
  which the CLI reads the same input, so a timeline of them is byte for
  byte the CLI's.
* ``problems/part-*.jsonl``: ``{"id", "severity", "message"}`` per error
  and warning, ``message`` as the CLI prints it.
* ``cells/`` (with ``--cells``): Parquet, one row per article × party ×
  issue, the columns of ``stance analyze --format csv`` (``date`` a date).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple
from urllib.parse import unquote

import stance

__all__ = ["ANALYSIS_SCHEMA", "analyze", "main", "read_articles", "run"]

#: Columns of :func:`analyze`'s result.
ANALYSIS_SCHEMA = (
    "file_rank int, row long, id string, result string, error string, warnings array<string>"
)

#: Article fields read from CSV and Parquet rows.
FIELDS = ("text", "id", "date", "title", "source")

_FORMATS = ("jsonl", "csv", "parquet")

# Per Python worker: the compiled lexicons, by (name, YAML text).
_LEXICONS: Dict[Tuple[str, str], "stance.Lexicon"] = {}
_COMPILES = 0


def _lexicon(name: str, source: str) -> "stance.Lexicon":
    """The lexicon compiled once per Python worker process."""
    global _COMPILES
    key = (name, source)
    lex = _LEXICONS.get(key)
    if lex is None:
        if name == stance._stance.DEFAULT_LEXICON_NAME:
            lex = stance.Lexicon.default()
        else:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # shown once, on the driver
                lex = stance.Lexicon.from_yaml(source, name=name)
        _LEXICONS[key] = lex
        _COMPILES += 1
    return lex


def _format_of(paths: Sequence[str], fmt: Optional[str]) -> str:
    if fmt:
        if fmt not in _FORMATS:
            raise ValueError(f"format must be one of {', '.join(_FORMATS)}, not {fmt!r}")
        return fmt
    kinds = set()
    for p in paths:
        low = p.lower().rstrip("/")
        if low.endswith(".gz"):
            low = low[:-3]
        if low.endswith((".jsonl", ".ndjson", ".json")):
            kinds.add("jsonl")
        elif low.endswith(".csv"):
            kinds.add("csv")
        elif low.endswith(".parquet") or low.endswith(".pq"):
            kinds.add("parquet")
        else:
            kinds.add("jsonl")  # a directory: JSONL unless told
    if len(kinds) > 1:
        raise ValueError("inputs of several formats: run once per format, or pass format=")
    return kinds.pop()


def _local(uri: str) -> Optional[str]:
    if uri.startswith("file:"):
        return "/" + uri[len("file:") :].lstrip("/")
    if "://" not in uri and not uri.startswith(("hdfs:", "s3", "gs:", "abfs")):
        return os.path.abspath(uri)
    return None


def _display(uri: str, inputs: Sequence[str]) -> Tuple[int, str]:
    """(index of the input it came from, the path as the CLI would print
    it: the input as given, joined with the path below it)."""
    u = unquote(uri)
    lu = _local(u)
    for i, given in enumerate(inputs):
        lg = _local(given)
        cand, base = (lu, lg) if lu is not None and lg is not None else (u, given)
        base = base.rstrip("/") or "/"
        if cand == base:
            return i, given
        if cand.startswith(base.rstrip("/") + "/"):
            return i, given.rstrip("/") + cand[len(base.rstrip("/")) :]
    return len(inputs), u


def _is_dir(spark: Any, p: str) -> bool:
    jvm = spark._jvm
    path = jvm.org.apache.hadoop.fs.Path(p)
    fs = path.getFileSystem(spark._jsc.hadoopConfiguration())
    try:
        return bool(fs.getFileStatus(path).isDirectory())
    except Exception:  # a glob, or missing: Spark's reader says what is wrong
        return False


def read_articles(
    spark: Any,
    inputs: Sequence[str],
    *,
    format: Optional[str] = None,
    columns: Optional[Dict[str, str]] = None,
) -> Any:
    """Reads JSONL, CSV or Parquet articles as a DataFrame ready for
    :func:`analyze`: one row per line (JSONL, raw bytes, parsed later by the
    CLI's reader) or per record, with where it came from (``file``,
    ``pid``, ``mid``). Directories are read recursively (JSONL: the
    ``.jsonl``/``.ndjson`` files, gzipped or not). ``columns`` maps the
    article fields to CSV/Parquet column names (default: ``text``, ``id``,
    ``date``, ``title``, ``source``).
    """
    from pyspark.sql import functions as F

    inputs = [str(p) for p in inputs]
    fmt = _format_of(inputs, format)
    reader = spark.read.option("recursiveFileLookup", "true")
    if fmt == "jsonl":
        r = reader.option("lineSep", "\n")
        if any(_is_dir(spark, p) for p in inputs):
            # In directories, the JSONL files (as the CLI walks them).
            r = r.option("pathGlobFilter", "*.{jsonl,ndjson,jsonl.gz,ndjson.gz}")
        df = r.text(inputs).select(F.col("value").cast("binary").alias("value"))
    elif fmt == "csv":
        df = (
            reader.option("header", "true")
            .option("multiLine", "true")
            .option("escape", '"')
            .option("inferSchema", "false")
            .csv(inputs)
        )
    else:
        df = reader.parquet(*inputs)
    if fmt != "jsonl":
        cols = {**{f: f for f in FIELDS}, **(columns or {})}
        lower = {c.lower().strip(): c for c in df.columns}
        picked = []
        for field in FIELDS:
            name = lower.get(cols[field].lower())
            if name is not None:
                picked.append(F.col(f"`{name}`").alias(field))
            elif field == "text":
                raise ValueError(
                    f"no column `{cols['text']}` in the input (it has: {', '.join(df.columns)})"
                )
        df = df.select(*picked)
    return df.select(
        "*",
        F.input_file_name().alias("file"),
        F.spark_partition_id().alias("pid"),
        F.monotonically_increasing_id().alias("mid"),
    ).withColumn("format", F.lit(fmt))


def _positions(df: Any, inputs: Sequence[str]) -> Dict[str, Any]:
    """Per file split: where its rows start in the file (a small table,
    computed on the driver from counts)."""
    from pyspark.sql import functions as F

    stats = df.groupBy("file", "pid").agg(F.min("mid").alias("first"), F.count("*").alias("n")).collect()
    by_file: Dict[str, List[Tuple[int, int, int]]] = {}
    for r in stats:
        by_file.setdefault(r["file"], []).append((r["pid"], r["first"], r["n"]))
    splits = {}
    files = {}
    for f, parts in by_file.items():
        before = 0
        for pid, first, n in sorted(parts):
            splits[(f, pid)] = (first, before)
            before += n
        files[f] = _display(f, inputs)
    # Files in the order the CLI reads them: inputs in order, each walked in
    # sorted order of path components.
    order = sorted(files, key=lambda f: (files[f][0], tuple(files[f][1].split("/"))))
    rank = {f: i for i, f in enumerate(order)}
    # Do the partitions, in order, already hold the rows in the CLI's order
    # (one large file split in pieces, say)? Then nothing needs sorting.
    pieces = sorted((r["pid"], r["first"], rank[r["file"]], splits[(r["file"], r["pid"])][1]) for r in stats)
    keys = [(k, start) for _, _, k, start in pieces]
    return {
        "splits": splits,
        "paths": {f: files[f][1] for f in files},
        "rank": rank,
        "in_order": keys == sorted(keys),
    }


def analyze(
    df: Any,
    inputs: Sequence[str],
    *,
    lexicon: Optional["stance.Lexicon"] = None,
    max_evidence: Optional[int] = None,
    threads: int = 1,
    format: Optional[str] = None,
    positions: Optional[Dict[str, Any]] = None,
) -> Any:
    """Analyses a DataFrame from :func:`read_articles` with ``mapInPandas``.

    Returns a DataFrame of :data:`ANALYSIS_SCHEMA`: per input row, the
    JSONL record (``result``) or the CLI's error line (``error``), the CLI's
    warning lines, the article's ``id``, and its place in the input
    (``file_rank``, ``row``). Blank JSONL lines give no row.
    """
    import pandas as pd

    inputs = [str(p) for p in inputs]
    lex = lexicon if lexicon is not None else stance.Lexicon.default()
    sc = df.sparkSession.sparkContext
    where = sc.broadcast(positions if positions is not None else _positions(df, inputs))
    lex_text = sc.broadcast((lex.name, lex.yaml))
    fmt = format
    if fmt is None:
        first = df.select("format").first()
        fmt = first["format"] if first is not None else "jsonl"

    def run_batches(batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
        name, source = lex_text.value
        engine = _lexicon(name, source)._engine
        w = where.value
        splits, paths, rank = w["splits"], w["paths"], w["rank"]
        for pdf in batches:
            files = pdf["file"].tolist()
            rows = []
            for f, pid, mid in zip(files, pdf["pid"].tolist(), pdf["mid"].tolist()):
                first, before = splits[(f, pid)]
                rows.append(before + (mid - first) + 1)
            shown = [paths[f] for f in files]
            if fmt == "jsonl":
                out = engine.analyze_lines(shown, rows, pdf["value"].tolist(), threads, max_evidence)
                line_of = rows
            else:
                # The CLI's line of a CSV record (one line each, after the
                # header); the row number of a Parquet row.
                line_of = [r + 1 for r in rows] if fmt == "csv" else rows
                recs = pdf[[c for c in FIELDS if c in pdf.columns]].to_dict("records")
                if fmt == "csv":
                    for rec in recs:
                        if rec.get("text") is None:
                            rec["text"] = ""  # an empty CSV cell is an empty text
                ids = [f"{p}:{n}" for p, n in zip(shown, line_of)]
                out = engine.analyze_records(
                    recs, [f"{p}:{n}" for p, n in zip(shown, line_of)], ids, threads, max_evidence
                )
            keep = [i for i, o in enumerate(out) if o is not None]
            yield pd.DataFrame(
                {
                    "file_rank": pd.Series([rank[files[i]] for i in keep], dtype="int32"),
                    "row": pd.Series([line_of[i] for i in keep], dtype="int64"),
                    "id": [out[i][0] for i in keep],
                    "result": [out[i][1] for i in keep],
                    "error": [out[i][2] for i in keep],
                    "warnings": [list(out[i][3]) for i in keep],
                }
            )

    return df.mapInPandas(run_batches, ANALYSIS_SCHEMA)


def _rename_parts(spark: Any, directory: str, suffix: str = ".jsonl") -> None:
    """Spark's text writer names its files ``*.txt``; the CLI reads those
    as plain-text articles, so they become ``*.jsonl``."""
    jvm = spark._jvm
    conf = spark._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(directory)
    fs = path.getFileSystem(conf)
    for st in fs.listStatus(path):
        name = st.getPath().getName()
        for ext in (".txt", ".txt.gz"):
            if name.startswith("part-") and name.endswith(ext):
                new = name[: -len(ext)] + suffix + (".gz" if ext.endswith(".gz") else "")
                fs.rename(st.getPath(), jvm.org.apache.hadoop.fs.Path(path, new))


_CELLS_SCHEMA = (
    "id string, date string, title string, source string, cells array<struct<"
    "party: string, issue: string, stance: string, score: double, support: double, "
    "oppose: double, evidence_count: long>>, stance_version string, lexicon string"
)


def cells(results: Any) -> Any:
    """The tidy cells of analysed results (a DataFrame from :func:`analyze`):
    one row per article × party × issue, the columns of ``stance analyze
    --format csv``, with ``date`` a date."""
    from pyspark.sql import functions as F

    r = results.where(F.col("result").isNotNull()).select(
        F.from_json("result", _CELLS_SCHEMA).alias("r")
    )
    c = r.select("r.*").select(
        "id", "date", "title", "source", "lexicon", "stance_version", F.explode("cells").alias("c")
    )
    return c.select(
        F.col("id").alias("article_id"),
        F.to_date("date").alias("date"),
        "title",
        "source",
        "c.party",
        "c.issue",
        "c.stance",
        "c.score",
        "c.support",
        "c.oppose",
        "c.evidence_count",
        "lexicon",
        "stance_version",
    )


def run(
    spark: Any,
    inputs: Sequence[str],
    output: str,
    *,
    lexicon: Optional[str] = None,
    format: Optional[str] = None,
    columns: Optional[Dict[str, str]] = None,
    max_evidence: Optional[int] = None,
    write_cells: bool = False,
    ordered: bool = True,
    threads: int = 1,
    compression: Optional[str] = None,
) -> Dict[str, int]:
    """Reads, analyses and writes (see the module's documentation); returns
    the counts of the CLI's summary line (``read``, ``analysed``,
    ``with_stances``, ``skipped``, ``warnings``).

    Raises:
        stance.LexiconError: the lexicon file cannot be used (before any
            work is sent to the executors).
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    inputs = [str(p) for p in inputs]
    lex = stance.Lexicon.load(lexicon) if lexicon else stance.Lexicon.default()
    # Results carry evidence sentences: keep Arrow batches moderate.
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", "1000")
    fmt = _format_of([str(p) for p in inputs], format)
    articles = read_articles(spark, inputs, format=fmt, columns=columns)
    positions = _positions(articles, inputs)
    done = analyze(
        articles,
        inputs,
        lexicon=lex,
        max_evidence=max_evidence,
        threads=threads,
        format=fmt,
        positions=positions,
    )
    # Analysed once: every output below reads the cached analysis.
    done = done.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        out = output.rstrip("/")
        writer = lambda d: d.write.mode("overwrite").option(  # noqa: E731
            "compression", compression or "none"
        )
        good = done.where(F.col("result").isNotNull())
        if ordered and not positions["in_order"]:
            good = good.orderBy("file_rank", "row")
        writer(good.select("result")).text(f"{out}/results")
        _rename_parts(spark, f"{out}/results")
        problems = done.select(
            "id",
            F.explode(
                F.concat(
                    F.when(F.col("error").isNotNull(), F.array(F.concat(F.lit("E"), "error"))).otherwise(
                        F.array().cast("array<string>")
                    ),
                    F.transform("warnings", lambda w: F.concat(F.lit("W"), w)),
                )
            ).alias("p"),
        ).select(
            F.to_json(
                F.struct(
                    F.col("id"),
                    F.when(F.col("p").startswith("E"), "error").otherwise("warning").alias("severity"),
                    F.expr("substring(p, 2)").alias("message"),
                )
            ).alias("value")
        )
        writer(problems).text(f"{out}/problems")
        _rename_parts(spark, f"{out}/problems")
        if write_cells:
            cells(done).write.mode("overwrite").parquet(f"{out}/cells")
        row = done.agg(
            F.count("*").alias("read"),
            F.count("result").alias("analysed"),
            F.sum(
                F.when(
                    F.col("result").isNotNull()
                    & ~F.col("result").contains(',"cells":[],"stance_version":'),
                    1,
                ).otherwise(0)
            ).alias("with_stances"),
            F.count("error").alias("skipped"),
            F.sum(F.size("warnings")).alias("warnings"),
        ).first()
    finally:
        done.unpersist()
    return {k: int(row[k] or 0) for k in ("read", "analysed", "with_stances", "skipped", "warnings")}


def summary_line(counts: Dict[str, int]) -> str:
    """The CLI's end-of-run line for these counts."""
    n = counts["read"]
    return (
        f"stance: {n} article{'' if n == 1 else 's'} read, {counts['analysed']} analysed, "
        f"{counts['with_stances']} with stances, {counts['skipped']} skipped"
    )


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``spark-submit ... examples/spark/stance_job.py INPUT... --output DIR``
    (or ``python -m stance.spark ...``): exit code 0, or 2 when some rows
    were reported as errors (as the CLI)."""
    ap = argparse.ArgumentParser(
        prog="stance.spark",
        description="Analyse articles on Spark: JSONL results (the contract of "
        "`stance analyze --format jsonl`) and a side output of problems.",
    )
    ap.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL, CSV or Parquet files or directories")
    ap.add_argument("-o", "--output", required=True, help="output directory (results/, problems/, cells/)")
    ap.add_argument("-l", "--lexicon", help="lexicon YAML file (default: the bundled one)")
    ap.add_argument("--format", choices=_FORMATS, help="input format (default: from the names)")
    ap.add_argument("--max-evidence", type=int, metavar="N", help="evidence sentences kept per cell")
    ap.add_argument("--cells", action="store_true", help="also write Parquet of the tidy cells")
    ap.add_argument("--no-order", action="store_true", help="skip the sort that keeps results in input order")
    ap.add_argument("--threads-per-task", type=int, default=1, metavar="N", help="Rust threads per Spark task (default 1)")
    ap.add_argument("--compression", help="compression of the JSONL outputs (e.g. gzip)")
    for f in FIELDS:
        ap.add_argument(f"--{f}-column", metavar="NAME", help=f"CSV/Parquet column holding `{f}`")
    ap.add_argument("--master", help="Spark master (default: spark-submit's)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    a = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    b = SparkSession.builder.appName("stance")
    if a.master:
        b = b.master(a.master)
    spark = b.getOrCreate()
    columns = {f: getattr(a, f"{f}_column") for f in FIELDS if getattr(a, f"{f}_column")}
    t = time.perf_counter()
    try:
        counts = run(
            spark,
            a.inputs,
            a.output,
            lexicon=a.lexicon,
            format=a.format,
            columns=columns,
            max_evidence=a.max_evidence,
            write_cells=a.cells,
            ordered=not a.no_order,
            threads=a.threads_per_task,
            compression=a.compression,
        )
    except stance.LexiconError as e:
        for line in str(e).splitlines():
            print(f"stance: {line}", file=sys.stderr)
        return 2
    if not a.quiet:
        print(f"{summary_line(counts)} ({time.perf_counter() - t:.1f} s)", file=sys.stderr)
    return 2 if counts["skipped"] else 0


if __name__ == "__main__":
    sys.exit(main())
