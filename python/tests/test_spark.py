"""The Spark job in local mode (`local[2]`): a generated corpus of a few
thousand articles, malformed rows among them, in several files and
partitions; its results, read by `stance track`, give the timeline of one
`stance track` run over the same input, byte for byte."""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
import time
from pathlib import Path

import pytest

from conftest import synthetic

if os.environ.get("STANCE_REQUIRE_SPARK"):
    import pyspark  # noqa: F401  (CI: a missing PySpark is a failure, not a skip)
else:
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")

import stance
import stance.spark as ss

N = 3000


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    s = (
        SparkSession.builder.master("local[2]")
        .appName("stance-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "3")
        # Small splits: the corpus is read in several partitions.
        .config("spark.sql.files.maxPartitionBytes", str(512 * 1024))
        .config("spark.sql.files.openCostInBytes", "0")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    yield s
    s.stop()


BAD = [
    "{not json",
    '{"id": "bad-no-text", "title": "no text here"}',
    '{"id": "bad-text-type", "text": ["a", "list"]}',
    "[1, 2, 3]",
    '"just a string"',
]


def write_corpus(root: Path, sample_articles):
    """~3000 articles in three files (one gzipped, one in a subdirectory),
    with malformed lines, blank lines, id-less articles and a bad date."""
    texts = [a["text"] for a in sample_articles]
    arts = list(synthetic(N, texts))
    for i, a in enumerate(arts):
        if i % 97 == 0:
            del a["id"]  # named FILE:LINE, as the CLI names it
        if i % 389 == 0:
            a["date"] = "sometime in spring"
    lines = [json.dumps(a) for a in arts]
    for k, bad in enumerate(BAD):
        lines.insert(150 + k * 577, bad)
    lines.insert(40, "")
    lines.insert(41, "   ")
    (root / "sub").mkdir(parents=True)
    a, b = 1800, 2800
    (root / "a.jsonl").write_text("\n".join(lines[:a]) + "\n", encoding="utf-8")
    (root / "sub" / "b.jsonl").write_text("\n".join(lines[a:b]) + "\n", encoding="utf-8")
    with gzip.open(root / "c.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(lines[b:]) + "\n")
    (root / "notes.txt").write_text("not part of the JSONL corpus")
    return arts


def cli_problems(err: str):
    out = []
    for line in err.splitlines():
        if line.startswith(("stance: error: ", "stance: warning: ")):
            continue  # about the run, not a row
        if ": error: " in line:
            out.append(("error", line))
        elif ": warning: " in line:
            out.append(("warning", line))
    return out


def test_spark_job_matches_one_cli_run(spark, tmp_path, run_cli, sample_articles):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, sample_articles)
    out = tmp_path / "out"
    t = time.perf_counter()
    counts = ss.run(spark, [str(corpus)], str(out), write_cells=True)
    spark_s = time.perf_counter() - t

    t = time.perf_counter()
    code, cli_jsonl, cli_err = run_cli("analyze", corpus, "--glob", "*.jsonl*", "--format", "jsonl")
    cli_s = time.perf_counter() - t
    print(f"\nspark local[2]: {spark_s:.1f} s; CLI: {cli_s:.1f} s")
    assert code == 2  # the malformed rows

    assert ss.read_articles(spark, [str(corpus)]).rdd.getNumPartitions() >= 3
    parts = sorted((out / "results").glob("part-*.jsonl"))
    assert not list((out / "results").glob("*.txt"))
    # The records are the CLI's, byte for byte, and in the CLI's order.
    assert "".join(p.read_text(encoding="utf-8") for p in parts) == cli_jsonl

    # The timeline: one `stance track` over the Spark output equals one over
    # the input.
    for args in (["--by", "month"], ["--by", "week"], ["--by", "year", "--group-by", "source"]):
        c1, from_spark, _ = run_cli("track", out / "results", "--glob", "*.jsonl", "--format", "csv", *args)
        c2, direct, _ = run_cli("track", corpus, "--glob", "*.jsonl*", "--format", "csv", *args)
        assert c1 == 0 and c2 == 2
        assert from_spark == direct
        assert from_spark.count("\n") > 20

    # Every malformed row is reported with the CLI's message and its id; no
    # task failed and no good row was lost.
    problems = [json.loads(l) for p in sorted((out / "problems").glob("part-*.jsonl")) for l in p.read_text().splitlines()]
    got = sorted((p["severity"], p["message"]) for p in problems)
    assert got == sorted(cli_problems(cli_err))
    errors = [p for p in problems if p["severity"] == "error"]
    assert len(errors) == len(BAD)
    ids = {p["id"] for p in errors}
    assert {"bad-no-text", "bad-text-type"} <= ids
    assert all(":" in i for i in ids - {"bad-no-text", "bad-text-type"})  # FILE:LINE
    assert counts["skipped"] == len(BAD)
    assert counts["analysed"] == N == cli_jsonl.count("\n")
    assert ss.summary_line(counts) in cli_err

    # Unordered (no sort): the same records, in partition order.
    ss.run(spark, [str(corpus)], str(tmp_path / "unordered"), ordered=False)
    parts = sorted((tmp_path / "unordered" / "results").glob("part-*.jsonl"))
    assert len(parts) >= 3
    lines = [l for p in parts for l in p.read_text(encoding="utf-8").splitlines()]
    assert sorted(lines) == sorted(cli_jsonl.splitlines())

    # The tidy cells, as `stance analyze --format csv`.
    _, cli_csv, _ = run_cli("analyze", corpus, "--glob", "*.jsonl*", "--format", "csv", "-q")
    rows = list(csv.DictReader(cli_csv.splitlines()))
    cells = spark.read.parquet(str(out / "cells")).collect()
    assert len(cells) == len(rows)
    key = lambda r: (r["article_id"], r["party"], r["issue"])  # noqa: E731
    want = {key(r): r for r in rows}
    for c in cells:
        r = want[key(c)]
        assert c["stance"] == r["stance"] and f"{c['score']:.4f}" == r["score"]
        assert (c["date"].isoformat() if c["date"] else "") == r["date"]
        assert c["evidence_count"] == int(r["evidence_count"])


def test_lexicon_compiled_once_per_python_worker(spark, tmp_path, run_cli, sample_articles):
    corpus = tmp_path / "small.jsonl"
    corpus.write_text(
        "\n".join(json.dumps(a) for a in synthetic(600, [a["text"] for a in sample_articles])) + "\n"
    )
    lexfile = tmp_path / "lex.yaml"
    lexfile.write_text(stance.Lexicon.default().yaml.replace("name: us-dprk", "name: custom", 1))
    ss.run(spark, [str(corpus)], str(tmp_path / "o"), lexicon=str(lexfile))
    ss.run(spark, [str(corpus)], str(tmp_path / "o2"), lexicon=str(lexfile))
    small = ss.read_articles(spark, [str(corpus)])
    assert small.rdd.getNumPartitions() >= 2
    # One file in several splits is read in order: no sort is needed, and the
    # parts still replay the CLI's order.
    assert ss._positions(small, [str(corpus)])["in_order"]
    parts = sorted((tmp_path / "o" / "results").glob("part-*.jsonl"))
    assert len(parts) >= 2
    _, cli, _ = run_cli("analyze", corpus, "--format", "jsonl", "--lexicon", lexfile, "-q")
    assert "".join(p.read_text(encoding="utf-8") for p in parts) == cli

    target = str(lexfile)

    def report(batches):
        import pandas as pd

        import stance.spark as worker

        for _ in batches:
            pass
        custom = sum(1 for name, _ in worker._LEXICONS if name == target)
        yield pd.DataFrame(
            {"pid": [os.getpid()], "compiles": [worker._COMPILES], "held": [len(worker._LEXICONS)], "custom": [custom]}
        )

    stats = spark.range(0, 64, numPartitions=8).mapInPandas(
        report, "pid long, compiles long, held long, custom long"
    ).collect()
    # Many tasks over two runs, yet each worker compiled each lexicon it used
    # once (Python workers are reused): as many compilations as lexicons held.
    assert all(r["compiles"] == r["held"] for r in stats), stats
    assert max(r["custom"] for r in stats) == 1
    lines = [json.loads(l) for p in (tmp_path / "o" / "results").glob("*.jsonl") for l in p.read_text().splitlines()]
    assert {r["lexicon"] for r in lines} == {stance.Lexicon.from_yaml(lexfile.read_text()).hash}


def test_csv_and_parquet_inputs(spark, tmp_path, run_cli, sample_articles):
    pd = pytest.importorskip("pandas")
    # Multi-line texts: rows span lines (ids given: an id-less CSV row is
    # named FILE:N+1 for its record number N, the CLI's FILE:LINE only when
    # no earlier record spans lines).
    arts = list(synthetic(400, [a["text"] for a in sample_articles]))
    frame = pd.DataFrame(arts, columns=["id", "date", "title", "source", "text"])
    frame.loc[::37, "date"] = None  # an empty cell: the dateline or undated
    csv_path = tmp_path / "in.csv"
    frame.to_csv(csv_path, index=False)
    ss.run(spark, [str(csv_path)], str(tmp_path / "csv_out"))
    parts = sorted((tmp_path / "csv_out" / "results").glob("part-*.jsonl"))
    _, cli, _ = run_cli("analyze", csv_path, "--format", "jsonl", "-q")
    assert "".join(p.read_text() for p in parts) == cli

    frame.loc[::50, "id"] = None
    pq_dir = tmp_path / "pq"
    pq_dir.mkdir()
    frame.iloc[:200].to_parquet(pq_dir / "part-0.parquet", index=False)
    frame.iloc[200:].to_parquet(pq_dir / "part-1.parquet", index=False)
    ss.run(spark, [str(pq_dir)], str(tmp_path / "pq_out"), format="parquet")
    c1, a1, _ = run_cli("track", tmp_path / "pq_out" / "results", "--glob", "*.jsonl", "--format", "csv")
    c2, a2, _ = run_cli("track", csv_path, "--format", "csv")
    assert (c1, c2) == (0, 0) and a1 == a2
