"""Bad input is a Python exception (or warning) with the CLI's message, never
a crash."""

from __future__ import annotations

import pickle
import warnings

import pytest

import stance
from conftest import ROOT


def cli_lines(err: str, kind: str = "error"):
    """The CLI's stderr lines of a kind, without `stance: `."""
    return [
        line[len("stance: ") :]
        for line in err.splitlines()
        # Messages about an input (not the run's own `stance: error: ...`).
        if f": {kind}: " in line
        and line.startswith("stance: ")
        and not line.startswith(f"stance: {kind}: ")
    ]


@pytest.fixture()
def bad_lexicons(tmp_path, lex):
    yaml = lex.yaml
    cases = {
        "syntax.yaml": "parties:\n  - id: US\n    name: [unclosed\n",
        "unknown.yaml": yaml.replace("\nparties:", "\npartys:", 1),
        "empty.yaml": "   \n",
        "failing-example.yaml": yaml
        + '  - text: "North Korea has demanded sanctions relief."\n'
        + "    expect:\n"
        + "      - { party: DPRK, issue: sanctions_relief, stance: oppose }\n",
    }
    paths = {}
    for name, text in cases.items():
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths[name] = p
    p = tmp_path / "latin1.yaml"
    p.write_bytes(b"name: caf\xe9\n")
    paths["latin1.yaml"] = p
    paths["missing.yaml"] = tmp_path / "missing.yaml"
    return paths


@pytest.mark.parametrize("case", ["syntax.yaml", "unknown.yaml", "empty.yaml", "latin1.yaml", "missing.yaml"])
def test_lexicon_error_has_the_cli_message(bad_lexicons, run_cli, case):
    path = bad_lexicons[case]
    code, _, err = run_cli("analyze", "-", "--lexicon", path, input="text")
    assert code == 2
    with pytest.raises(stance.LexiconError) as info:
        stance.Lexicon.load(path)
    e = info.value
    assert str(e).splitlines() == cli_lines(err)
    assert e.file == str(path)
    assert e.message and e.message in str(e)
    first = e.problems[0]
    assert (e.line, e.column, e.hint) == (first.line, first.column, first.hint)
    assert isinstance(e, ValueError) and isinstance(e, stance.StanceError)
    # Picklable (it crosses process boundaries in Spark).
    back = pickle.loads(pickle.dumps(e))
    assert (str(back), back.line, back.message) == (str(e), e.line, e.message)


def test_lexicon_error_fields(bad_lexicons):
    with pytest.raises(stance.LexiconError) as info:
        stance.Lexicon.load(bad_lexicons["unknown.yaml"])
    e = info.value
    assert e.line is not None and e.column is not None
    assert "unknown field `partys`" in e.message
    assert e.hint and "spelling" in e.hint
    with pytest.raises(stance.LexiconError) as info:
        stance.Lexicon.from_yaml("parties: [", name="inline")
    assert info.value.file == "inline" and str(info.value).startswith("inline:")


@pytest.mark.parametrize(
    "case", ["syntax.yaml", "unknown.yaml", "failing-example.yaml", "latin1.yaml", "missing.yaml"]
)
def test_check_lexicon_reports_what_lexicon_check_reports(bad_lexicons, run_cli, case):
    path = bad_lexicons[case]
    code, _, err = run_cli("lexicon", "check", path)
    assert code == 2
    # Every problem line, in order (the closing "FILE: N errors" line is not one).
    expected = [
        line[len("stance: ") :]
        for line in err.splitlines()
        if line.startswith("stance: ") and (": error: " in line or ": warning: " in line)
    ]
    got = stance.check_lexicon(path)
    assert [str(p) for p in got] == expected
    assert any(p.is_error for p in got)


def test_check_of_a_loaded_lexicon_lists_failing_examples(bad_lexicons, run_cli):
    path = bad_lexicons["failing-example.yaml"]
    lex = stance.Lexicon.load(path)  # loads: a failing example is not a load error
    problems = lex.check()
    assert len(problems) == 1
    p = problems[0]
    assert p.severity == "error" and p.line is not None and p.column is None
    assert p.message.startswith('example ') and "expected DPRK sanctions_relief oppose" in p.message
    _, _, err = run_cli("lexicon", "check", path)
    assert str(p) in err
    assert stance.Lexicon.default().check() == []


def test_article_errors_carry_the_cli_message(lex, run_cli, tmp_path):
    lines = ['{"id": "a", "title": "no text"}', '{"id": "b", "text": 42}', "[1, 2]"]
    f = tmp_path / "bad.jsonl"
    f.write_text("\n".join(lines) + "\n")
    _, _, err = run_cli("analyze", f, "--format", "jsonl")
    messages = [l.split(": error: ", 1)[1] for l in cli_lines(err)]
    assert messages == [
        "object has no `text` field",
        "field `text` is not a string",
        "line is valid JSON but not an object",
    ]
    with pytest.raises(stance.ArticleError) as info:
        list(lex.analyze_many([{"id": "a", "title": "no text"}]))
    e = info.value
    assert (e.message, e.id, e.index) == (messages[0], "a", 0)
    assert str(e) == "articles[0]: error: object has no `text` field"
    with pytest.raises(stance.ArticleError, match="field `text` is not a string"):
        list(lex.analyze_many([{"text": "fine"}, {"id": "b", "text": 42}]))
    with pytest.raises(stance.ArticleError, match="not int"):
        list(lex.analyze_many([42]))
    assert pickle.loads(pickle.dumps(e)).message == e.message


def test_errors_raise_in_order_after_good_results(lex):
    it = lex.analyze_many([{"text": "one"}, {"text": None}, {"text": "three"}], batch_size=8)
    assert next(it)["id"] == "0"
    with pytest.raises(stance.ArticleError) as info:
        next(it)
    assert info.value.index == 1
    assert next(it)["id"] == "2"


def test_errors_skip_warns_like_the_cli(lex):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = list(lex.analyze_many([{"text": "one"}, {"id": "x"}, "three"], errors="skip"))
    assert [r["id"] for r in got] == ["0", "2"]
    assert [str(w.message) for w in caught] == [
        "articles[1]: error: object has no `text` field: skipped"
    ]
    assert all(w.category is stance.StanceWarning for w in caught)


def test_warnings_have_the_cli_text(lex, run_cli, tmp_path):
    f = tmp_path / "w.jsonl"
    f.write_text('{"id": "x", "date": "someday", "text": "Body"}\n{"id": "y", "text": "  "}\n')
    _, _, err = run_cli("analyze", f, "--format", "jsonl")
    cli = [l.split(": warning: ", 1)[1] for l in cli_lines(err, "warning")]
    assert cli == ['unparseable date "someday": article x is undated', "article y is empty"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        got = list(lex.analyze_many([{"id": "x", "date": "someday", "text": "Body"}, {"id": "y", "text": "  "}]))
    assert [str(w.message).split(": warning: ", 1)[1] for w in caught] == cli
    assert got[0]["date"] is None
    with pytest.warns(stance.StanceWarning, match="unparseable date"):
        assert lex.analyze("Body", date="someday")["date"] is None


def test_bytes_follow_the_cli_rules(lex):
    text = "North Korea has demanded sanctions relief."
    want = lex.analyze(text)
    assert lex.analyze(text.encode()) == want
    assert lex.analyze(b"\xef\xbb\xbf" + text.encode()) == want
    assert lex.analyze(b"\xff\xfe" + text.encode("utf-16-le")) == want
    with pytest.warns(stance.StanceWarning, match=r"1 invalid UTF-8 sequence\(s\) replaced"):
        r = lex.analyze(text.encode() + b" \xff")
    assert r["cells"] == want["cells"]
    with pytest.raises(stance.ArticleError, match=r"binary file \(contains NUL bytes\)"):
        lex.analyze(b"abc\x00def")
    with pytest.raises(stance.ArticleError, match=r"not UTF-8 text"):
        lex.analyze(bytes(range(128, 256)) * 4)


def test_wrong_types_and_values_are_python_errors(lex):
    with pytest.raises(TypeError):
        lex.analyze(42)
    with pytest.raises(TypeError):
        lex.analyze_many("one text")
    with pytest.raises(TypeError):
        lex.analyze_many(42)
    with pytest.raises(ValueError, match="threads"):
        lex.analyze_many([], threads=0)
    with pytest.raises(ValueError, match="errors"):
        lex.analyze_many([], errors="ignore")
    with pytest.raises(ValueError, match="by must be"):
        stance.track_csv([], by="decade")
    with pytest.raises(ValueError, match="group_by"):
        stance.track_csv([], group_by="party")
    with pytest.raises(TypeError):
        stance.Lexicon()
    with pytest.raises(TypeError):
        stance.track_csv([42])


def test_odd_input_never_crashes(lex):
    # A lone surrogate cannot be UTF-8: a Python error, not a crash.
    with pytest.raises(UnicodeEncodeError):
        lex.analyze("North Korea \ud800 demanded sanctions relief.")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", stance.StanceWarning)  # "article is empty"
        for text in ["", "\u202e" * 1000, "«»" * 5000, "a" * 200_000, "\n" * 10_000, ".!?" * 3000]:
            r = lex.analyze(text)
            assert isinstance(r["cells"], list)
    # NUL characters in a str are text, as in a JSONL "\u0000".
    assert lex.analyze("North Korea\x00 has demanded sanctions relief.")["cells"]
    with pytest.raises(stance.ArticleError, match="byte limit"):
        lex._engine.analyze_one("x" * 100, None, None, None, None, None, 10)


def test_generator_errors_propagate(lex):
    def gen():
        yield {"text": "North Korea has demanded sanctions relief."}
        raise RuntimeError("feed broke")

    it = lex.analyze_many(gen(), batch_size=1)
    assert next(it)["cells"]
    with pytest.raises(RuntimeError, match="feed broke"):
        next(it)
    with pytest.raises(StopIteration):
        next(it)


def test_track_refuses_results_of_another_lexicon(lex, run_cli):
    other = stance.Lexicon.from_yaml(lex.yaml.replace("name: us-dprk", "name: other", 1))
    assert other.hash != lex.hash
    r = other.analyze("North Korea has demanded sanctions relief.", id="z")
    with pytest.raises(ValueError) as info:
        stance.track_csv([r])
    msg = str(info.value)
    assert f"article z was analysed with lexicon {other.hash}, but the lexicon of this run is {lex.hash}" in msg
    assert msg.endswith("shards made with different lexicons cannot be combined")
    assert stance.track_csv([r], lexicon=other).startswith("period,party,issue")
    with pytest.raises(ValueError, match="not a result"):
        stance.track_csv([{"id": "a", "text": "no cells"}])
