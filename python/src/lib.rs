//! `stance._stance`: the Rust side of the Python package.
//!
//! A thin layer over the `stance` library: every result is rendered by the
//! library's own JSONL renderer ([`stance::report::render`]) and parsed by
//! Python's `json` module, so a dict returned here is the same object as a
//! line of `stance analyze --format jsonl`. Articles given as Python values
//! follow the rules the CLI applies to a JSONL line (`id`, `date`, `title`,
//! `source`, `text`), and raw JSONL lines (the Spark job's input) go through
//! the CLI's own parser. The GIL is released while the engine runs, and
//! batches are analysed across articles with rayon. The friendly API
//! (`stance.Lexicon`, the frames) is in `python/stance/__init__.py`.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyByteArray, PyBytes, PyDict, PyFloat, PyInt, PyIterator, PyString};
use rayon::prelude::*;
use stance::date::{find_dateline, Date};
use stance::engine::analyze;
use stance::input::{decode, Item, Notice, RawLine, DEFAULT_MAX_ARTICLE_BYTES};
use stance::lexicon::{self, Compiled, Severity};
use stance::report::{self, timeline::TrackView, Format, ReportOptions};
use stance::track::{Period, Timeline};
use stance::{Article, ArticleResult};
use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// Rust's own allocations (the engine's many small per-sentence values) use
/// mimalloc, as in the binary (BENCHMARKS.md); Python's objects are not
/// affected.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

// ---------------------------------------------------------------------------
// Python-side helpers: the exception classes of `stance._errors` and `json`.

static ERRORS: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
static JSON_DUMPS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
static WARN: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

fn errors_module(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    Ok(ERRORS
        .get_or_try_init(py, || py.import("stance._errors").map(Bound::unbind))?
        .bind(py))
}

fn json_dumps(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    Ok(JSON_DUMPS
        .get_or_try_init(py, || {
            py.import("json")?.getattr("dumps").map(Bound::unbind)
        })?
        .bind(py))
}

/// Emits a `stance.StanceWarning` with the CLI's text of a warning.
fn warn(py: Python<'_>, message: &str, stacklevel: usize) -> PyResult<()> {
    let w = WARN.get_or_try_init(py, || {
        py.import("warnings")?.getattr("warn").map(Bound::unbind)
    })?;
    let category = errors_module(py)?.getattr("StanceWarning")?;
    w.bind(py).call1((message, category, stacklevel))?;
    Ok(())
}

/// A `stance.ArticleError` for one article.
fn article_error(py: Python<'_>, e: &ArticleErr) -> PyErr {
    let make = || -> PyResult<PyErr> {
        let cls = errors_module(py)?.getattr("ArticleError")?;
        let kw = PyDict::new(py);
        kw.set_item("id", &e.id)?;
        kw.set_item("index", e.index)?;
        kw.set_item("where", &e.at)?;
        Ok(PyErr::from_value(cls.call((&e.message,), Some(&kw))?))
    };
    make().unwrap_or_else(|err| err)
}

/// A `stance.LexiconError` with every problem.
fn lexicon_error(py: Python<'_>, e: &lexicon::LexiconError) -> PyErr {
    let make = || -> PyResult<PyErr> {
        let cls = errors_module(py)?.getattr("LexiconError")?;
        let problems: Vec<Problem> = e
            .problems
            .iter()
            .map(|p| Problem::new(&e.file, p))
            .collect();
        let kw = PyDict::new(py);
        kw.set_item("file", &e.file)?;
        kw.set_item("problems", problems)?;
        Ok(PyErr::from_value(cls.call((e.to_string(),), Some(&kw))?))
    };
    make().unwrap_or_else(|err| err)
}

// ---------------------------------------------------------------------------
// Problems.

/// One problem of a lexicon, as `stance lexicon check` reports it.
#[pyclass(frozen, module = "stance", name = "Problem", skip_from_py_object)]
#[derive(Clone)]
struct Problem {
    /// `"error"` or `"warning"`.
    #[pyo3(get)]
    severity: &'static str,
    /// The lexicon's file name (or `<default lexicon us-dprk.yaml>`).
    #[pyo3(get)]
    file: String,
    /// 1-based line, when known.
    #[pyo3(get)]
    line: Option<usize>,
    /// 1-based column, when known.
    #[pyo3(get)]
    column: Option<usize>,
    #[pyo3(get)]
    message: String,
    #[pyo3(get)]
    hint: Option<String>,
    rendered: String,
}

impl Problem {
    fn new(file: &str, p: &lexicon::Problem) -> Problem {
        Problem {
            severity: match p.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            file: file.to_string(),
            line: p.line,
            column: p.column,
            message: p.message.clone(),
            hint: p.hint.clone(),
            rendered: p.render(file),
        }
    }
}

#[pymethods]
impl Problem {
    /// `FILE:LINE:COLUMN: error: message (hint: ...)`, as the CLI prints it
    /// (after `stance: `).
    fn __str__(&self) -> String {
        self.rendered.clone()
    }

    fn __repr__(&self) -> String {
        format!("<stance.Problem {}>", self.rendered)
    }

    /// Is this an error (not a warning)?
    #[getter]
    fn is_error(&self) -> bool {
        self.severity == "error"
    }
}

/// Every problem `stance lexicon check FILE` prints, in its order (without
/// the closing count line), whether or not the lexicon loads.
#[pyfunction]
fn check_file(path: PathBuf) -> Vec<Problem> {
    match lexicon::load_with_source(Some(&path)) {
        Err(err) => err
            .check_problems()
            .iter()
            .map(|p| Problem::new(&err.file, p))
            .collect(),
        Ok(l) => l
            .warnings
            .into_iter()
            .chain(stance::eval::example_problems(&l.compiled, &l.source))
            .map(|p| Problem::new(&l.name, &p))
            .collect(),
    }
}

// ---------------------------------------------------------------------------
// Articles from Python values.

/// An article that cannot be analysed: the CLI's message, where it was.
#[derive(Debug, Clone)]
struct ArticleErr {
    message: String,
    id: Option<String>,
    index: Option<usize>,
    /// `FILE:LINE` or `articles[N]`, shown before the message.
    at: Option<String>,
}

/// An article ready for the engine, with its warnings (CLI messages).
type Prepared = Result<(Article, Vec<String>), ArticleErr>;

/// A field value as the CLI reads a JSON scalar: `Some(text)` for strings,
/// numbers and booleans, with the value as JSON would show it (for messages).
enum Field {
    Missing,
    Scalar(String, String),
    /// Not a scalar (a list, a dict): ignored, as the CLI ignores it.
    Other(String),
    Date(Date),
}

fn is_missing(v: &Bound<'_, PyAny>) -> PyResult<bool> {
    if v.is_none() {
        return Ok(true);
    }
    if let Ok(f) = v.cast::<PyFloat>() {
        return Ok(f.value().is_nan());
    }
    // pandas.NA and pandas.NaT, without importing pandas.
    let name = v.get_type().name()?;
    Ok(name == "NAType" || name == "NaTType")
}

fn field(v: Option<Bound<'_, PyAny>>, dates: bool) -> PyResult<Field> {
    let Some(v) = v else {
        return Ok(Field::Missing);
    };
    if is_missing(&v)? {
        return Ok(Field::Missing);
    }
    if let Ok(s) = v.cast::<PyString>() {
        let s = s.to_cow()?.to_string();
        let shown = serde_json::to_string(&s).unwrap_or_default();
        return Ok(Field::Scalar(s, shown));
    }
    if v.is_instance_of::<PyBool>() {
        let b = v.extract::<bool>()?;
        return Ok(Field::Scalar(b.to_string(), b.to_string()));
    }
    if v.is_instance_of::<PyInt>() {
        let s = v.str()?.to_cow()?.to_string();
        return Ok(Field::Scalar(s.clone(), s));
    }
    if let Ok(f) = v.cast::<PyFloat>() {
        let x = f.value();
        let s = serde_json::Number::from_f64(x)
            .map(|n| n.to_string())
            .unwrap_or_else(|| x.to_string());
        return Ok(Field::Scalar(s.clone(), s));
    }
    if dates && v.hasattr("year")? && v.hasattr("month")? && v.hasattr("day")? {
        let y = v.getattr("year")?.extract::<i32>();
        let m = v.getattr("month")?.extract::<u32>();
        let d = v.getattr("day")?.extract::<u32>();
        if let (Ok(y), Ok(m), Ok(d)) = (y, m, d) {
            if let Some(date) = Date::new(y, m, d) {
                return Ok(Field::Date(date));
            }
        }
    }
    // numpy integers and the like.
    if v.hasattr("__index__")? {
        if let Ok(i) = v.call_method0("__index__") {
            let s = i.str()?.to_cow()?.to_string();
            return Ok(Field::Scalar(s.clone(), s));
        }
    }
    if v.cast::<PyDict>().is_ok() || v.is_instance_of::<pyo3::types::PyList>() {
        return Ok(Field::Other(v.repr()?.to_cow()?.to_string()));
    }
    let s = v.str()?.to_cow()?.to_string();
    let shown = serde_json::to_string(&s).unwrap_or_default();
    Ok(Field::Scalar(s, shown))
}

fn scalar(f: &Field) -> Option<String> {
    match f {
        Field::Scalar(s, _) => Some(s.clone()),
        Field::Date(d) => Some(d.to_string()),
        _ => None,
    }
}

fn first_line_title(text: &str) -> String {
    text.split(['\n', '\r'])
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
        .chars()
        .take(200)
        .collect()
}

/// The text of an article: a `str`, or bytes decoded as the CLI decodes a
/// file (UTF-8 with or without BOM, UTF-16 with a BOM, invalid sequences
/// replaced with a warning; NUL bytes or mostly undecodable bytes refused).
fn text_of(
    v: Option<Bound<'_, PyAny>>,
    max_bytes: usize,
    warnings: &mut Vec<String>,
) -> PyResult<Result<String, String>> {
    let too_big = || format!("article is over the {max_bytes}-byte limit (--max-article-bytes)");
    let Some(v) = v else {
        return Ok(Err("object has no `text` field".into()));
    };
    if is_missing(&v)? {
        return Ok(Err("object has no `text` field".into()));
    }
    if let Ok(s) = v.cast::<PyString>() {
        let s = s.to_cow()?;
        if s.len() > max_bytes {
            return Ok(Err(too_big()));
        }
        return Ok(Ok(s.to_string()));
    }
    let bytes: Vec<u8> = if let Ok(b) = v.cast::<PyBytes>() {
        b.as_bytes().to_vec()
    } else if let Ok(b) = v.cast::<PyByteArray>() {
        b.to_vec()
    } else {
        return Ok(Err("field `text` is not a string".into()));
    };
    if bytes.len() > max_bytes {
        return Ok(Err(too_big()));
    }
    let utf16 = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    if !utf16 && bytes.iter().take(8192).any(|&b| b == 0) {
        return Ok(Err("binary file (contains NUL bytes)".into()));
    }
    let (text, bad) = decode(bytes);
    if bad > 0 && bad * 20 > text.chars().count() {
        return Ok(Err(format!("not UTF-8 text ({bad} invalid sequences)")));
    }
    if bad > 0 {
        warnings.push(format!("{bad} invalid UTF-8 sequence(s) replaced"));
    }
    Ok(Ok(text))
}

/// The fields of an article given as keyword arguments or a mapping.
struct Fields<'py> {
    text: Option<Bound<'py, PyAny>>,
    id: Option<Bound<'py, PyAny>>,
    date: Option<Bound<'py, PyAny>>,
    title: Option<Bound<'py, PyAny>>,
    source: Option<Bound<'py, PyAny>>,
}

impl<'py> Fields<'py> {
    fn of(obj: &Bound<'py, PyAny>) -> PyResult<Option<Fields<'py>>> {
        if obj.is_instance_of::<PyString>()
            || obj.is_instance_of::<PyBytes>()
            || obj.is_instance_of::<PyByteArray>()
        {
            return Ok(Some(Fields {
                text: Some(obj.clone()),
                id: None,
                date: None,
                title: None,
                source: None,
            }));
        }
        let get = |k: &str| -> PyResult<Option<Bound<'py, PyAny>>> {
            if let Ok(d) = obj.cast::<PyDict>() {
                return d.get_item(k);
            }
            match obj.get_item(k) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.is_instance_of::<pyo3::exceptions::PyKeyError>(obj.py()) => Ok(None),
                Err(e) => Err(e),
            }
        };
        if obj.cast::<PyDict>().is_err() && !obj.hasattr("keys")? {
            return Ok(None);
        }
        Ok(Some(Fields {
            text: get("text")?,
            id: get("id")?,
            date: get("date")?,
            title: get("title")?,
            source: get("source")?,
        }))
    }
}

/// Builds an article as the CLI builds one from a JSONL line: `id` and
/// `title` from scalars (defaults: `default_id`, the first non-empty line),
/// `date` parsed (else the text's dateline; an unparseable one is a warning
/// and leaves the article undated), `text` required.
fn prepare(
    f: Fields<'_>,
    default_id: String,
    max_bytes: usize,
    index: Option<usize>,
    at: Option<String>,
) -> PyResult<Prepared> {
    let mut warnings = Vec::new();
    let id_field = field(f.id, false)?;
    let id = scalar(&id_field);
    let text = match text_of(f.text, max_bytes, &mut warnings)? {
        Ok(t) => t,
        Err(message) => {
            return Ok(Err(ArticleErr {
                message,
                id,
                index,
                at,
            }))
        }
    };
    let id = id.unwrap_or(default_id);
    let title = scalar(&field(f.title, false)?).unwrap_or_else(|| first_line_title(&text));
    let source = scalar(&field(f.source, false)?);
    let date = match field(f.date, true)? {
        Field::Missing => find_dateline(&text),
        Field::Date(d) => Some(d),
        Field::Scalar(s, shown) => match Date::parse(&s) {
            Some(d) => Some(d),
            None => {
                warnings.push(format!("unparseable date {shown}: article {id} is undated"));
                None
            }
        },
        Field::Other(shown) => {
            warnings.push(format!("unparseable date {shown}: article {id} is undated"));
            None
        }
    };
    if text.trim().is_empty() {
        warnings.push(format!("article {id} is empty"));
    }
    Ok(Ok((
        Article {
            id,
            date,
            title,
            source,
            text,
        },
        warnings,
    )))
}

// ---------------------------------------------------------------------------
// The engine.

/// Thread pools by size (`threads=N`), built once each.
fn pool(threads: Option<usize>) -> PyResult<Option<Arc<rayon::ThreadPool>>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let Some(n) = threads else {
        return Ok(None);
    };
    if n == 0 {
        return Err(PyValueError::new_err("threads must be at least 1"));
    }
    let mut pools = POOLS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(p) = pools.get(&n) {
        return Ok(Some(p.clone()));
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("stance-{i}"))
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start {n} threads: {e}")))?;
    let p = Arc::new(p);
    pools.insert(n, p.clone());
    Ok(Some(p))
}

fn run_in<R: Send>(p: &Option<Arc<rayon::ThreadPool>>, f: impl FnOnce() -> R + Send) -> R {
    match p {
        Some(p) => p.install(f),
        None => f(),
    }
}

/// Analyses one article and renders its JSONL record (no newline), with the
/// cells the CLI keeps (`--min-evidence 1`).
fn analyse(c: &Compiled, a: &Article, opts: &ReportOptions) -> String {
    let mut r = analyze(c, a);
    r.cells.retain(|c| c.evidence_count >= 1);
    record(&r, opts)
}

fn record(r: &ArticleResult, opts: &ReportOptions) -> String {
    // Rendering into memory cannot fail, and the renderer writes UTF-8.
    let mut v = report::render(Format::Jsonl, r, opts).unwrap_or_default();
    if v.last() == Some(&b'\n') {
        v.pop();
    }
    String::from_utf8(v).unwrap_or_default()
}

/// What the Spark job gets per input row: the article's id, its JSONL
/// record or the CLI's error line, and the CLI's warning lines.
type Row = (String, Option<String>, Option<String>, Vec<String>);

/// How one input ended.
enum Outcome {
    Done(String, Vec<String>),
    Failed(ArticleErr),
}

/// A compiled lexicon and what it was compiled from (the Rust half of
/// `stance.Lexicon`).
#[pyclass(frozen, module = "stance._stance", name = "Engine")]
struct Engine {
    lex: Arc<Compiled>,
    name: String,
    source: String,
    warnings: Vec<lexicon::Problem>,
}

impl Engine {
    fn options(&self, max_evidence: Option<usize>) -> ReportOptions {
        ReportOptions {
            max_evidence,
            lexicon_name: self.name.clone(),
            lexicon_hash: self.lex.hash.clone(),
            ..ReportOptions::default()
        }
    }

    fn compile(py: Python<'_>, name: &str, source: &str) -> PyResult<Engine> {
        let (lex, warnings) = py
            .detach(|| lexicon::compile_source(name, source))
            .map_err(|e| lexicon_error(py, &e))?;
        Ok(Engine {
            lex: Arc::new(lex),
            name: name.to_string(),
            source: source.to_string(),
            warnings,
        })
    }
}

#[pymethods]
impl Engine {
    /// The bundled default lexicon.
    #[staticmethod]
    fn default_lexicon(py: Python<'_>) -> PyResult<Engine> {
        Engine::compile(py, lexicon::DEFAULT_NAME, lexicon::DEFAULT_YAML)
    }

    /// A lexicon file, read and checked as `--lexicon FILE` reads it.
    #[staticmethod]
    fn load(py: Python<'_>, path: PathBuf) -> PyResult<Engine> {
        let name = path.display().to_string();
        match std::fs::read(&path).map(String::from_utf8) {
            Ok(Ok(source)) => Engine::compile(py, &name, &source),
            // Unreadable, or not UTF-8: the library says so in its words.
            _ => match lexicon::load(Some(&path)) {
                Err(e) => Err(lexicon_error(py, &e)),
                Ok(_) => Err(PyValueError::new_err(format!(
                    "{name}: the lexicon changed while it was read"
                ))),
            },
        }
    }

    /// A lexicon from YAML text; `name` is shown in messages.
    #[staticmethod]
    fn from_yaml(py: Python<'_>, source: &str, name: &str) -> PyResult<Engine> {
        Engine::compile(py, name, source)
    }

    #[getter]
    fn name(&self) -> &str {
        &self.name
    }

    #[getter]
    fn hash(&self) -> &str {
        &self.lex.hash
    }

    #[getter]
    fn source(&self) -> &str {
        &self.source
    }

    /// `(id, name)` of every party, in lexicon order.
    #[getter]
    fn parties(&self) -> Vec<(String, String)> {
        self.lex
            .lexicon
            .parties
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect()
    }

    /// `(id, proposition)` of every issue, in lexicon order.
    #[getter]
    fn issues(&self) -> Vec<(String, String)> {
        self.lex
            .lexicon
            .issues
            .iter()
            .map(|i| (i.id.clone(), i.proposition.clone()))
            .collect()
    }

    /// The warnings found when the lexicon was loaded.
    #[getter]
    fn warnings(&self) -> Vec<Problem> {
        self.warnings
            .iter()
            .map(|p| Problem::new(&self.name, p))
            .collect()
    }

    /// The problems `stance lexicon check` reports: the load warnings, then
    /// every failing example.
    fn check(&self, py: Python<'_>) -> Vec<Problem> {
        let failures = py.detach(|| stance::eval::example_problems(&self.lex, &self.source));
        self.warnings
            .iter()
            .chain(failures.iter())
            .map(|p| Problem::new(&self.name, p))
            .collect()
    }

    /// Analyses one article; returns its JSONL record as a string. Warnings
    /// are emitted as `StanceWarning`s; an article that cannot be analysed
    /// raises `ArticleError`.
    #[pyo3(signature = (text, id=None, date=None, title=None, source=None, max_evidence=None, max_article_bytes=DEFAULT_MAX_ARTICLE_BYTES, stacklevel=1))]
    #[allow(clippy::too_many_arguments)]
    fn analyze_one(
        &self,
        py: Python<'_>,
        text: Bound<'_, PyAny>,
        id: Option<Bound<'_, PyAny>>,
        date: Option<Bound<'_, PyAny>>,
        title: Option<Bound<'_, PyAny>>,
        source: Option<Bound<'_, PyAny>>,
        max_evidence: Option<usize>,
        max_article_bytes: usize,
        stacklevel: usize,
    ) -> PyResult<String> {
        if !(text.is_instance_of::<PyString>()
            || text.is_instance_of::<PyBytes>()
            || text.is_instance_of::<PyByteArray>())
        {
            return Err(PyTypeError::new_err(format!(
                "text must be str or bytes, not {}",
                text.get_type().name()?
            )));
        }
        let f = Fields {
            text: Some(text),
            id,
            date,
            title,
            source,
        };
        let (article, warnings) = match prepare(f, String::new(), max_article_bytes, None, None)? {
            Ok(x) => x,
            Err(e) => return Err(article_error(py, &e)),
        };
        for w in &warnings {
            warn(py, &format!("warning: {w}"), stacklevel)?;
        }
        let opts = self.options(max_evidence);
        let lex = &self.lex;
        Ok(py.detach(|| analyse(lex, &article, &opts)))
    }

    /// An iterator of JSONL records (strings) for an iterable of articles,
    /// analysed `batch` at a time across `threads` threads. Each article is
    /// a mapping with `text` (and optionally `id`, `date`, `title`,
    /// `source`), or a bare `str`/`bytes` text. `errors` is `"raise"` (an
    /// `ArticleError` at the bad article, in order) or `"skip"` (a
    /// `StanceWarning` instead, and the article left out).
    #[pyo3(signature = (articles, threads=None, max_evidence=None, batch=256, errors="raise", max_article_bytes=DEFAULT_MAX_ARTICLE_BYTES))]
    #[allow(clippy::too_many_arguments)]
    fn iterate(
        slf: Bound<'_, Engine>,
        articles: Bound<'_, PyAny>,
        threads: Option<usize>,
        max_evidence: Option<usize>,
        batch: usize,
        errors: &str,
        max_article_bytes: usize,
    ) -> PyResult<Results> {
        let skip = match errors {
            "raise" => false,
            "skip" => true,
            other => {
                return Err(PyValueError::new_err(format!(
                    "errors must be \"raise\" or \"skip\", not {other:?}"
                )))
            }
        };
        if batch == 0 {
            return Err(PyValueError::new_err("batch must be at least 1"));
        }
        let e = slf.get();
        Ok(Results {
            lex: e.lex.clone(),
            opts: e.options(max_evidence),
            input: Some(articles.try_iter()?.unbind()),
            pool: pool(threads)?,
            next_index: 0,
            batch,
            skip,
            max_bytes: max_article_bytes,
            ready: VecDeque::new(),
        })
    }

    /// Analyses raw JSONL lines exactly as the CLI reads a JSONL file (for
    /// the Spark job): `paths[i]` and `line_nos[i]` say where line `i` came
    /// from (they name the article when it has no `id`, and its problems).
    /// Returns, per line, `(id, record or None, error or None, warnings)`,
    /// with errors and warnings as the CLI prints them; blank lines give
    /// `None`.
    #[pyo3(signature = (paths, line_nos, lines, threads=None, max_evidence=None, max_article_bytes=DEFAULT_MAX_ARTICLE_BYTES))]
    #[allow(clippy::too_many_arguments)]
    fn analyze_lines(
        &self,
        py: Python<'_>,
        paths: Vec<String>,
        line_nos: Vec<usize>,
        lines: Vec<Option<Bound<'_, PyBytes>>>,
        threads: Option<usize>,
        max_evidence: Option<usize>,
        max_article_bytes: usize,
    ) -> PyResult<Vec<Option<Row>>> {
        if paths.len() != lines.len() || line_nos.len() != lines.len() {
            return Err(PyValueError::new_err(
                "paths, line_nos and lines must have the same length",
            ));
        }
        let p = pool(threads)?;
        let opts = self.options(max_evidence);
        let lex = &*self.lex;
        let mut interned: HashMap<String, Arc<str>> = HashMap::new();
        let raw: Vec<(Arc<str>, usize, Option<Vec<u8>>)> = paths
            .into_iter()
            .zip(line_nos)
            .zip(lines)
            .map(|((path, n), l)| {
                let path = interned
                    .entry(path)
                    .or_insert_with_key(|k| Arc::from(k.as_str()))
                    .clone();
                (path, n, l.map(|b| b.as_bytes().to_vec()))
            })
            .collect();
        Ok(py.detach(|| {
            run_in(&p, || {
                raw.into_par_iter()
                    .with_max_len(4)
                    .map(|(path, line_no, bytes)| {
                        line_outcome(lex, &opts, path, line_no, bytes?, max_article_bytes)
                    })
                    .collect()
            })
        }))
    }

    /// Analyses records (mappings, as `iterate` reads them) for the Spark
    /// job: `paths[i]` names where record `i` came from in messages, and
    /// `ids[i]` is its id when it has none. Returns `(id, record or None,
    /// error or None, warnings)` per record, errors and warnings as the CLI
    /// prints them.
    #[pyo3(signature = (records, paths, ids, threads=None, max_evidence=None, max_article_bytes=DEFAULT_MAX_ARTICLE_BYTES))]
    #[allow(clippy::too_many_arguments)]
    fn analyze_records(
        &self,
        py: Python<'_>,
        records: Vec<Bound<'_, PyAny>>,
        paths: Vec<String>,
        ids: Vec<String>,
        threads: Option<usize>,
        max_evidence: Option<usize>,
        max_article_bytes: usize,
    ) -> PyResult<Vec<Row>> {
        if paths.len() != records.len() || ids.len() != records.len() {
            return Err(PyValueError::new_err(
                "records, paths and ids must have the same length",
            ));
        }
        let mut prepared = Vec::with_capacity(records.len());
        for ((r, path), id) in records.iter().zip(&paths).zip(ids) {
            let p = match Fields::of(r)? {
                Some(f) => prepare(f, id, max_article_bytes, None, Some(path.clone()))?,
                None => Err(ArticleErr {
                    message: "line is valid JSON but not an object".into(),
                    id: Some(id),
                    index: None,
                    at: Some(path.clone()),
                }),
            };
            prepared.push(p);
        }
        let p = pool(threads)?;
        let opts = self.options(max_evidence);
        let lex = &*self.lex;
        let render = |path: &str, msg: &str, error: bool| {
            Notice {
                path: path.to_string(),
                line: None,
                message: msg.to_string(),
                error,
            }
            .render()
        };
        Ok(py.detach(|| {
            run_in(&p, || {
                prepared
                    .into_par_iter()
                    .zip(paths.into_par_iter())
                    .with_max_len(4)
                    .map(|(prep, path)| match prep {
                        Ok((a, w)) => (
                            a.id.clone(),
                            Some(analyse(lex, &a, &opts)),
                            None,
                            w.iter().map(|m| render(&path, m, false)).collect(),
                        ),
                        Err(e) => (
                            e.id.clone().unwrap_or_default(),
                            None,
                            Some(render(&path, &e.message, true)),
                            Vec::new(),
                        ),
                    })
                    .collect()
            })
        }))
    }

    /// The timeline of analysed results as `stance track --format csv`
    /// writes it. `results` holds JSONL records (strings) or their dicts;
    /// `by` is day, week, month, quarter or year; `group_by_source` splits
    /// the series by outlet (`--group-by source`).
    #[pyo3(signature = (results, by="month", group_by_source=false))]
    fn track_csv(
        &self,
        py: Python<'_>,
        results: Bound<'_, PyAny>,
        by: &str,
        group_by_source: bool,
    ) -> PyResult<String> {
        let period = match by {
            "day" => Period::Day,
            "week" => Period::Week,
            "month" => Period::Month,
            "quarter" => Period::Quarter,
            "year" => Period::Year,
            other => {
                return Err(PyValueError::new_err(format!(
                    "by must be one of day, week, month, quarter, year, not {other:?}"
                )))
            }
        };
        let mut timeline = Timeline::new(period);
        let mut batch: Vec<(usize, String)> = Vec::new();
        let lex = &*self.lex;
        let mut flush = |batch: &mut Vec<(usize, String)>, py: Python<'_>| -> PyResult<()> {
            let parsed: Vec<Result<ArticleResult, String>> = py.detach(|| {
                batch
                    .par_drain(..)
                    .map(|(i, s)| parse_result(lex, i, &s))
                    .collect()
            });
            for r in parsed {
                let r = r.map_err(PyValueError::new_err)?;
                let group = if group_by_source {
                    r.source.as_deref().unwrap_or("unknown")
                } else {
                    "all"
                };
                timeline.add(&r, group);
            }
            Ok(())
        };
        for (i, item) in results.try_iter()?.enumerate() {
            let item = item?;
            let s = if let Ok(s) = item.cast::<PyString>() {
                s.to_cow()?.to_string()
            } else if item.cast::<PyDict>().is_ok() {
                json_dumps(py)?.call1((&item,))?.extract::<String>()?
            } else {
                return Err(PyTypeError::new_err(format!(
                    "results[{i}]: a result is a dict or a JSONL string, not {}",
                    item.get_type().name()?
                )));
            };
            batch.push((i, s));
            if batch.len() >= 1024 {
                flush(&mut batch, py)?;
            }
        }
        flush(&mut batch, py)?;
        let view = TrackView {
            parties: lex.lexicon.parties.iter().map(|p| p.id.clone()).collect(),
            issues: lex.lexicon.issues.iter().map(|i| i.id.clone()).collect(),
            propositions: lex
                .lexicon
                .issues
                .iter()
                .map(|i| i.proposition.clone())
                .collect(),
            lexicon_hash: lex.hash.clone(),
        };
        let mut out = Vec::new();
        report::timeline::write_csv(&mut out, &timeline, &view, group_by_source)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        String::from_utf8(out).map_err(|e| PyValueError::new_err(e.to_string()))
    }
}

/// A result read back for `track`, with the lexicon that made it.
#[derive(serde::Deserialize)]
struct ResultLine {
    #[serde(flatten)]
    result: ArticleResult,
    lexicon: Option<String>,
}

fn parse_result(c: &Compiled, i: usize, s: &str) -> Result<ArticleResult, String> {
    let line: ResultLine = serde_json::from_str(s)
        .map_err(|e| format!("results[{i}]: not a result of analyze(): {e}"))?;
    let hash = line.lexicon.unwrap_or_default();
    if hash != c.hash {
        return Err(format!(
            "results[{i}]: article {} was analysed with lexicon {hash}, but the lexicon of this run is {}: shards made with different lexicons cannot be combined",
            line.result.id, c.hash
        ));
    }
    let mut r = line.result;
    r.cells.retain(|c| c.evidence_count >= 1);
    Ok(r)
}

/// The id a malformed JSONL line names, if any (for its error report).
fn id_in(bytes: &[u8]) -> Option<String> {
    let v: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    match v.get("id")? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// One JSONL line through the CLI's reader and the engine.
fn line_outcome(
    c: &Compiled,
    opts: &ReportOptions,
    path: Arc<str>,
    line_no: usize,
    bytes: Vec<u8>,
    max_bytes: usize,
) -> Option<Row> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let default_id = format!("{path}:{line_no}");
    if bytes.len() > max_bytes {
        let n = Notice {
            path: path.to_string(),
            line: Some(line_no),
            message: format!("article is over the {max_bytes}-byte limit (--max-article-bytes)"),
            error: true,
        };
        return Some((default_id, None, Some(n.render()), Vec::new()));
    }
    let id = id_in(&bytes);
    let raw = RawLine {
        path: path.clone(),
        line_no,
        bytes,
    };
    Some(match raw.parse() {
        Item::Article(a, notices) => (
            a.id.clone(),
            Some(analyse(c, &a, opts)),
            None,
            notices.iter().map(Notice::render).collect(),
        ),
        Item::Result(r, hash, _) => {
            let hash = hash.unwrap_or_default();
            if hash == c.hash {
                let mut r = *r;
                r.cells.retain(|c| c.evidence_count >= 1);
                (r.id.clone(), Some(record(&r, opts)), None, Vec::new())
            } else {
                let n = Notice {
                    path: path.to_string(),
                    line: Some(line_no),
                    message: format!("article {} was analysed with lexicon {hash}, but the lexicon of this run is {}: shards made with different lexicons cannot be combined", r.id, c.hash),
                    error: true,
                };
                (r.id.clone(), None, Some(n.render()), Vec::new())
            }
        }
        Item::Skipped(n) => (id.unwrap_or(default_id), None, Some(n.render()), Vec::new()),
        // A line never yields these.
        Item::Line(_) | Item::Ignored(_) => (default_id, None, None, Vec::new()),
    })
}

// ---------------------------------------------------------------------------
// Results of `analyze_many`.

/// Lazily analysed results, in input order; reads its input one batch at a
/// time, so memory is bounded by the batch, not the input.
#[pyclass(module = "stance._stance", name = "Results")]
struct Results {
    lex: Arc<Compiled>,
    opts: ReportOptions,
    /// `None` once the input is exhausted.
    input: Option<Py<PyIterator>>,
    pool: Option<Arc<rayon::ThreadPool>>,
    next_index: usize,
    batch: usize,
    skip: bool,
    max_bytes: usize,
    ready: VecDeque<Outcome>,
}

impl Results {
    /// Reads and analyses the next batch.
    fn fill(&mut self, py: Python<'_>) -> PyResult<()> {
        let Some(input) = self.input.as_ref() else {
            return Ok(());
        };
        let mut it = input.bind(py).clone();
        let mut prepared: Vec<Prepared> = Vec::with_capacity(self.batch);
        while prepared.len() < self.batch {
            let Some(obj) = it.next() else {
                self.input = None;
                break;
            };
            let obj = match obj {
                Ok(o) => o,
                Err(e) => {
                    self.input = None;
                    return Err(e);
                }
            };
            let index = self.next_index;
            self.next_index += 1;
            let here = format!("articles[{index}]");
            let at = Some(here.clone());
            prepared.push(match Fields::of(&obj)? {
                Some(f) => {
                    prepare(f, index.to_string(), self.max_bytes, Some(index), at)?.map(|(a, w)| {
                        let w = w
                            .into_iter()
                            .map(|m| format!("{here}: warning: {m}"))
                            .collect();
                        (a, w)
                    })
                }
                None => Err(ArticleErr {
                    message: format!(
                        "an article is a dict with `text`, or a str, not {}",
                        obj.get_type().name()?
                    ),
                    id: None,
                    index: Some(index),
                    at,
                }),
            });
        }
        let lex = &*self.lex;
        let opts = &self.opts;
        let done: Vec<Outcome> = py.detach(|| {
            run_in(&self.pool, || {
                prepared
                    .into_par_iter()
                    .with_max_len(4)
                    .map(|p| match p {
                        Ok((a, w)) => Outcome::Done(analyse(lex, &a, opts), w),
                        Err(e) => Outcome::Failed(e),
                    })
                    .collect()
            })
        });
        self.ready.extend(done);
        Ok(())
    }
}

#[pymethods]
impl Results {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next JSONL record (a string); see `Engine.iterate`.
    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<String>> {
        loop {
            if let Some(o) = self.ready.pop_front() {
                match o {
                    Outcome::Done(json, warnings) => {
                        for w in warnings {
                            warn(py, &w, 1)?;
                        }
                        return Ok(Some(json));
                    }
                    Outcome::Failed(e) => {
                        if self.skip {
                            let at = e.at.clone().unwrap_or_default();
                            warn(py, &format!("{at}: error: {}: skipped", e.message), 1)?;
                            continue;
                        }
                        return Err(article_error(py, &e));
                    }
                }
            }
            if self.input.is_none() {
                return Ok(None);
            }
            self.fill(py)?;
        }
    }
}

#[pymodule]
fn _stance(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Engine>()?;
    m.add_class::<Results>()?;
    m.add_class::<Problem>()?;
    m.add_function(wrap_pyfunction!(check_file, m)?)?;
    m.add("__version__", report::VERSION)?;
    m.add("DEFAULT_LEXICON_NAME", lexicon::DEFAULT_NAME)?;
    m.add("DEFAULT_MAX_ARTICLE_BYTES", DEFAULT_MAX_ARTICLE_BYTES)?;
    // The CSV columns, from the library, so that the frames cannot drift
    // from `--format csv` and `--evidence-csv`.
    m.add("CELL_COLUMNS", report::CSV_HEADER.to_vec())?;
    m.add("EVIDENCE_CSV_COLUMNS", report::EVIDENCE_HEADER.to_vec())?;
    Ok(())
}
