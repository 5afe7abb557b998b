"""The Python results are the CLI's: the seed gold, `stance analyze --format
jsonl` on data/ field by field and byte by byte, the CSV, and the timeline."""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import pytest

import stance
from conftest import DATA, ROOT, read_jsonl


def jsonl_files():
    """data/'s JSONL files in the order `stance analyze data/` reads them
    (sorted by path components)."""
    return sorted(DATA.rglob("*.jsonl"), key=lambda p: p.relative_to(ROOT).parts)


def rel(p: Path) -> str:
    return str(p.relative_to(ROOT))


def test_seed_gold_reproduced(lex):
    (article,) = read_jsonl(DATA / "seed.gold.jsonl")
    r = lex.analyze(
        article["text"],
        id=article["id"],
        date=article["date"],
        title=article["title"],
        source=article["source"],
    )
    gold = {(g["party"], g["issue"], g["stance"]) for g in article["gold"]}
    parties = {g["party"] for g in article["gold"]}
    got = {(c["party"], c["issue"], c["stance"]) for c in r["cells"] if c["party"] in parties}
    assert got == gold
    assert r["id"] == article["id"] and r["date"] == "2019-10-02"
    assert r["lexicon"] == lex.hash == stance.Lexicon.default().hash


def test_analyze_equals_cli_jsonl_on_data_field_by_field(lex, run_cli):
    code, out, err = run_cli("analyze", "data/", "--glob", "*.jsonl", "--format", "jsonl", "-q")
    cli = [json.loads(line) for line in out.splitlines()]
    expected_errors = [line for line in err.splitlines() if ": error: " in line]
    assert code == (2 if expected_errors else 0)
    assert len(cli) > 40

    articles = []
    for f in jsonl_files():
        with open(f, encoding="utf-8") as fh:
            articles += [json.loads(line) for line in fh if line.strip()]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        mine = list(lex.analyze_many(articles, errors="skip"))
    skipped = [str(w.message) for w in caught if ": error: " in str(w.message)]
    assert len(skipped) == len(expected_errors)
    for s, e in zip(skipped, expected_errors):
        # Same message, the place named the Python way.
        assert s.split(": error: ", 1)[1] == e.split(": error: ", 1)[1] + ": skipped"

    assert len(mine) == len(cli)
    for a, b in zip(mine, cli):
        assert a.keys() == b.keys()
        for k in b:
            if k == "cells":
                assert len(a[k]) == len(b[k]), b["id"]
                for ca, cb in zip(a[k], b[k]):
                    for ck in cb:
                        assert ca[ck] == cb[ck], (b["id"], ck)
            else:
                assert a[k] == b[k], (b["id"], k)
    assert mine == cli


def test_analyze_json_is_byte_identical(lex, run_cli):
    _, out, _ = run_cli("analyze", "data/sample.gold.jsonl", "--format", "jsonl", "-q")
    arts = read_jsonl(DATA / "sample.gold.jsonl")
    mine = [
        lex.analyze_json(a["text"], id=a["id"], date=a["date"], title=a["title"], source=a["source"])
        for a in arts
    ]
    assert "\n".join(mine) + "\n" == out
    assert list(lex.analyze_many(arts, as_json=True)) == out.splitlines()


def test_max_evidence_as_cli(lex, run_cli):
    _, out, _ = run_cli(
        "analyze", "data/sample.gold.jsonl", "--format", "jsonl", "--max-evidence", "1", "-q"
    )
    arts = read_jsonl(DATA / "sample.gold.jsonl")
    assert list(lex.analyze_many(arts, as_json=True, max_evidence=1)) == out.splitlines()


def test_raw_lines_read_as_the_cli_reads_a_file(lex, run_cli):
    """The Spark job's path: raw JSONL lines through the CLI's own parser give
    the CLI's records, ids and messages."""
    code, out, err = run_cli("analyze", "data/", "--glob", "*.jsonl", "--format", "jsonl", "-q")
    paths, nos, lines = [], [], []
    for f in jsonl_files():
        for i, raw in enumerate(f.read_bytes().split(b"\n")[:-1], start=1):
            paths.append(rel(f))
            nos.append(i)
            lines.append(raw)
    got = [x for x in lex._engine.analyze_lines(paths, nos, lines) if x is not None]
    records = [rec for (_id, rec, _e, _w) in got if rec is not None]
    errors = [e for (_id, _r, e, _w) in got if e is not None]
    assert "\n".join(records) + "\n" == out
    assert errors == [line for line in err.splitlines() if ": error: " in line]


def test_raw_lines_report_malformed_rows_as_the_cli(lex, run_cli, tmp_path):
    lines = [
        b'{"id": "ok", "text": "North Korea has demanded sanctions relief."}',
        b'{"id": "a", "title": "no text"}',
        b"{not json",
        b"",
        b'{"text": "no id", "date": "someday"}',
        b'{"id": "bytes", "text": "caf\xe9 talks"}',
    ]
    f = tmp_path / "rows.jsonl"
    f.write_bytes(b"\n".join(lines) + b"\n")
    _, out, err = run_cli("analyze", f, "--format", "jsonl")
    got = lex._engine.analyze_lines([str(f)] * len(lines), list(range(1, len(lines) + 1)), lines)
    assert got[3] is None  # a blank line
    got = [g for g in got if g is not None]
    assert [r for (_i, r, _e, _w) in got if r is not None] == out.splitlines()
    mine = [e for (_i, _r, e, _w) in got if e] + [w for (_i, _r, _e, ws) in got for w in ws]
    theirs = [l for l in err.splitlines() if f"{f}:" in l]
    assert sorted(mine) == sorted(theirs)
    # A malformed row keeps its id when it has one; else FILE:LINE.
    assert [i for (i, _r, e, _w) in got if e] == ["a", f"{f}:3"]
    assert got[3][0] == f"{f}:5"


def test_cells_frame_equals_cli_csv(lex, run_cli):
    pd = pytest.importorskip("pandas")
    _, out, _ = run_cli("analyze", "data/sample.gold.jsonl", "--format", "csv", "-q")
    cli = pd.read_csv(io.StringIO(out), keep_default_na=False, dtype={"date": str})
    results = list(lex.analyze_many(read_jsonl(DATA / "sample.gold.jsonl")))
    df = stance.cells_frame(results)
    assert list(df.columns) == list(cli.columns) == stance.CELL_COLUMNS
    assert len(df) == len(cli) > 0
    assert str(df["date"].dtype).startswith("datetime64")
    assert df["score"].dtype == "float64" and df["evidence_count"].dtype == "int64"
    for (_, a), (_, b) in zip(df.iterrows(), cli.iterrows()):
        assert a["article_id"] == b["article_id"]
        assert a["date"].strftime("%Y-%m-%d") == b["date"]
        assert (a["source"] or "") == b["source"]
        for c in ("title", "party", "issue", "stance", "lexicon", "stance_version"):
            assert a[c] == b[c], c
        for c in ("score", "support", "oppose"):
            assert f"{a[c]:.4f}" == f"{b[c]:.4f}", c
        assert a["evidence_count"] == b["evidence_count"]
    # JSONL strings work as well as dicts.
    assert stance.cells_frame(json.dumps(r) for r in results).equals(df)
    empty = stance.cells_frame([])
    assert list(empty.columns) == stance.CELL_COLUMNS and len(empty) == 0


def test_evidence_frame_equals_cli_evidence_csv(lex, run_cli, tmp_path):
    pd = pytest.importorskip("pandas")
    ev = tmp_path / "ev.csv"
    run_cli(
        "analyze", "data/sample.gold.jsonl", "--format", "jsonl", "-q", "--evidence-csv", ev
    )
    cli = pd.read_csv(ev, keep_default_na=False, dtype=str)
    arts = read_jsonl(DATA / "sample.gold.jsonl")
    df = stance.evidence_frame(lex.analyze_many(arts))
    assert len(df) == len(cli) > 0
    assert list(df.columns) == list(cli.columns) + ["marked"] == stance.EVIDENCE_COLUMNS
    for (_, a), (_, b) in zip(df.iterrows(), cli.iterrows()):
        for c in ("article_id", "title", "party", "issue", "polarity", "rule", "lexicon", "stance_version"):
            assert a[c] == b[c], c
        assert (a["start"], a["end"]) == (int(b["start"]), int(b["end"]))
        assert str(a["in_title"]).lower() == b["in_title"]
        assert str(a["hedged"]).lower() == b["hedged"]
        assert str(a["conditional"]).lower() == b["conditional"]
        assert float(a["weight"]) == float(b["weight"])
        assert "; ".join(a["matches"]) == b["matches"]
        assert " ".join(a["sentence"].split()) == b["sentence"]
        assert a["marked"].replace("«", "").replace("»", "") == b["sentence"]
    # Offsets are byte offsets into the article text.
    text = {a["id"]: a["text"].encode() for a in arts}
    title = {a["id"]: a["title"].encode() for a in arts}
    for _, row in df.iterrows():
        src = (title if row["in_title"] else text)[row["article_id"]]
        assert src[row["start"] : row["end"]].decode() == row["sentence"]
    # A title the text does not open with is read as a sentence of its own.
    r = lex.analyze("Nothing here.", title="North Korea has demanded sanctions relief.")
    ev = stance.evidence_frame([r])
    assert list(ev["in_title"]) == [True]
    assert ev["sentence"][0] == r["title"][ev["start"][0] : ev["end"][0]]


@pytest.mark.parametrize("by", ["day", "week", "month", "quarter", "year"])
def test_track_csv_equals_cli(lex, run_cli, by):
    _, out, _ = run_cli("track", "data/sample.gold.jsonl", "--by", by, "--format", "csv", "-q")
    results = list(lex.analyze_many(read_jsonl(DATA / "sample.gold.jsonl")))
    assert stance.track_csv(results, by=by) == out
    # Shards written by the CLI read back the same.
    _, shard, _ = run_cli("analyze", "data/sample.gold.jsonl", "--format", "jsonl", "-q")
    assert stance.track_csv(shard.splitlines(), by=by, lexicon=lex) == out


def test_track_by_source_and_frame(lex, run_cli):
    pd = pytest.importorskip("pandas")
    _, out, _ = run_cli(
        "track", "data/", "--glob", "*.gold.jsonl", "--group-by", "source", "--format", "csv", "-q"
    )
    arts = read_jsonl(DATA / "sample.gold.jsonl") + read_jsonl(DATA / "seed.gold.jsonl")
    results = list(lex.analyze_many(arts))
    assert stance.track_csv(results, group_by="source") == out
    df = stance.track(results, group_by="source")
    expected = stance.read_track_csv(io.StringIO(out))
    pd.testing.assert_frame_equal(df, expected)
    assert list(df.columns[:3]) == ["source", "period", "party"]
    assert df["score"].dtype == "float64" and df["articles"].dtype == "int64"
    assert lex.track(results).equals(stance.track(results))


def test_dataframe_input(lex):
    pd = pytest.importorskip("pandas")
    arts = read_jsonl(DATA / "sample.gold.jsonl")
    df = pd.DataFrame(arts)[["id", "date", "title", "source", "text"]]
    df["date"] = pd.to_datetime(df["date"])
    from_frame = list(lex.analyze_many(df))
    assert from_frame == list(lex.analyze_many(arts))
    # Without ids, the index labels name the articles; missing values are
    # missing fields.
    df2 = df.drop(columns=["id"]).set_index(pd.Index([f"row{i}" for i in range(len(df))]))
    df2.loc["row0", "title"] = None
    got = list(lex.analyze_many(df2))
    assert [r["id"] for r in got] == list(df2.index)
    assert got[0]["title"] == arts[0]["text"].strip().splitlines()[0]
    with pytest.raises(ValueError, match="no `text` column"):
        lex.analyze_many(df.drop(columns=["text"]))


def test_default_ids_titles_and_dates(lex):
    text = "Seoul talks\nPosted on : 2019-10-02 17:36 KST\nNorth Korea has demanded sanctions relief."
    r = lex.analyze(text)
    assert (r["id"], r["title"], r["date"]) == ("", "Seoul talks", "2019-10-02")
    import datetime

    r = lex.analyze(text, id=7, date=datetime.date(2020, 1, 31), title="T", source="S")
    assert (r["id"], r["date"], r["title"], r["source"]) == ("7", "2020-01-31", "T", "S")
    many = list(lex.analyze_many(["North Korea has demanded sanctions relief.", {"text": "x"}]))
    assert [m["id"] for m in many] == ["0", "1"]
    assert "source" not in many[0]
    # As the CLI reads `"id": 7` and `"date": "Oct. 2, 2019"` in a JSONL line.
    (r,) = lex.analyze_many([{"id": 7, "date": "Oct. 2, 2019", "text": "Body"}])
    assert (r["id"], r["date"]) == ("7", "2019-10-02")


def test_lexicon_from_file_pickle_and_properties(lex, tmp_path, run_cli):
    import pickle

    _, yaml_text, _ = run_cli("lexicon", "show")
    assert yaml_text == lex.yaml
    p = tmp_path / "mine.yaml"
    p.write_text(yaml_text, encoding="utf-8")
    mine = stance.Lexicon.load(p)
    assert mine.hash == lex.hash and mine.name == str(p)
    assert list(mine.parties)[:2] == list(lex.parties)[:2] and "talks" in mine.issues
    back = pickle.loads(pickle.dumps(mine))
    assert back == mine and back.name == mine.name
    assert pickle.loads(pickle.dumps(lex)) is stance.Lexicon.default()
    text = "North Korea has demanded sanctions relief."
    assert back.analyze(text) == lex.analyze(text)
    assert mine.check() == [] and lex.check() == []
    assert "3 parties" in repr(lex)
