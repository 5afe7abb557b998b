"""Shared fixtures: the repository, the `stance` binary, the default lexicon."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

import stance

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"


def _binary() -> Path:
    env = os.environ.get("STANCE_BIN")
    if env:
        return Path(env)
    for profile in ("release", "debug"):
        p = ROOT / "target" / profile / "stance"
        if p.exists():
            return p
    raise RuntimeError(
        "no stance binary: run `cargo build --release` first or set STANCE_BIN"
    )


@pytest.fixture(scope="session")
def stance_bin() -> Path:
    return _binary()


@pytest.fixture(scope="session")
def run_cli(stance_bin):
    """Runs the CLI; returns (exit code, stdout, stderr)."""

    def run(*args, input=None, cwd=ROOT):
        p = subprocess.run(
            [str(stance_bin), *map(str, args)],
            cwd=cwd,
            input=input,
            capture_output=True,
            text=True,
        )
        return p.returncode, p.stdout, p.stderr

    return run


@pytest.fixture(scope="session")
def lex() -> stance.Lexicon:
    return stance.Lexicon.default()


def read_jsonl(path: Path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def sample_articles():
    return read_jsonl(DATA / "sample.gold.jsonl") + read_jsonl(DATA / "seed.gold.jsonl")


def synthetic(n: int, texts, *, start_year: int = 2018):
    """A deterministic stream of `n` articles made from `texts`, dated over
    four years, each with an id (made lazily: a generator)."""
    for i in range(n):
        t = texts[(i * 7) % len(texts)]
        y = start_year + (i * 13) % 4
        m = 1 + (i * 5) % 12
        d = 1 + (i * 11) % 28
        yield {
            "id": f"gen-{i:05d}",
            "date": f"{y:04d}-{m:02d}-{d:02d}",
            "title": f"Generated {i}",
            "source": ("Wire A", "Wire B", "Wire C")[i % 3],
            "text": f"Dispatch {i}.\n\n{t}",
        }
