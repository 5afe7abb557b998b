"""Throughput of the Spark job in local mode against the CLI on the same
corpus (the figures in the README, "Scaling out").

    python3 examples/spark/bench.py [ARTICLES] [--master local[2]]

Generates a JSONL corpus from data/'s articles (as the tests do), then times
`stance analyze CORPUS --format jsonl -o FILE` (target/release/stance) and
`stance.spark.run` on it, and checks that both wrote the same records.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def corpus(path: Path, n: int) -> int:
    texts = []
    for name in ("sample.gold.jsonl", "seed.gold.jsonl"):
        with open(ROOT / "data" / name, encoding="utf-8") as f:
            texts += [json.loads(l)["text"] for l in f if l.strip()]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(
                json.dumps(
                    {
                        "id": f"gen-{i:06d}",
                        "date": f"{2018 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                        "source": ("Wire A", "Wire B", "Wire C")[i % 3],
                        "text": f"Dispatch {i}.\n\n" + texts[(i * 7) % len(texts)],
                    }
                )
                + "\n"
            )
    return path.stat().st_size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("articles", type=int, nargs="?", default=50_000)
    ap.add_argument("--master", default="local[2]")
    a = ap.parse_args()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "corpus.jsonl"
        size = corpus(src, a.articles)
        mb = size / 1e6
        stance_bin = os.environ.get("STANCE_BIN", str(ROOT / "target" / "release" / "stance"))
        t = time.perf_counter()
        subprocess.run([stance_bin, "analyze", str(src), "--format", "jsonl", "-q", "-o", str(tmp / "cli.jsonl")], check=True)
        cli = time.perf_counter() - t

        import stance.spark as ss
        from pyspark.sql import SparkSession

        t = time.perf_counter()
        spark = (
            SparkSession.builder.master(a.master)
            .config("spark.ui.enabled", "false")
            .config("spark.driver.memory", "4g")
            .getOrCreate()
        )
        start = time.perf_counter() - t
        df = ss.read_articles(spark, [str(src)])
        pos = ss._positions(df, [str(src)])
        print(f"partitions: {df.rdd.getNumPartitions()}; already in input order: {pos['in_order']}")
        # A first run starts the Python workers; the timed runs reuse them.
        ss.run(spark, [str(src)], str(tmp / "warm-up"), ordered=False)
        runs = {}
        for ordered in (True, False):
            t = time.perf_counter()
            ss.run(spark, [str(src)], str(tmp / f"spark-{ordered}"), ordered=ordered)
            runs[ordered] = time.perf_counter() - t
        spark.stop()
        parts = sorted((tmp / "spark-True" / "results").glob("part-*.jsonl"))
        same = "".join(p.read_text(encoding="utf-8") for p in parts) == (tmp / "cli.jsonl").read_text(encoding="utf-8")
        print(f"corpus: {a.articles} articles, {mb:.1f} MB")
        print(f"CLI (2 threads):          {cli:6.2f} s  {mb / cli:6.1f} MB/s")
        print(f"Spark session start:      {start:6.2f} s")
        for ordered, s in runs.items():
            label = "Spark job, in input order" if ordered else "Spark job, --no-order  "
            print(f"{label}: {s:6.2f} s  {mb / s:6.1f} MB/s  (CLI is {s / cli:.1f}x faster)")
        print(f"same records as the CLI: {same}")


if __name__ == "__main__":
    main()
