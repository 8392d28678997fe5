//! The reference runner (`harness = false`, so its output is never captured).
//!
//! Runs every case of every `*.json` file in `tests/data/reference/`, plus the file named by the
//! environment variable `XENT_REFERENCE_CASES` when it is set. A file is an object with a
//! `cases` array (or a bare array); each case is `{"fn": name, "args": {...}, "expect": value}`
//! where `"inf"`, `"-inf"` and `"nan"` stand for the IEEE values and `"error"` means the call
//! must return an error. Prints `reference <file>: N cases, N passed` per file, each failing
//! case, and `reference: N cases, N passed`; exits non-zero if any case fails.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;
use xent_lab::math::{self, MathError, Reduction, Unit};

/// What a call returned.
#[derive(Debug)]
enum Got {
    Scalar(f64),
    Vector(Vec<f64>),
    Error(MathError),
}

/// What a case expects.
#[derive(Debug)]
enum Want {
    Scalar(f64),
    Vector(Vec<f64>),
    Error,
}

fn main() -> ExitCode {
    if let Err(message) = self_check() {
        println!("reference self-check FAILED: {message}");
        return ExitCode::FAILURE;
    }
    let mut files = shipped_files();
    if let Some(extra) = std::env::var_os("XENT_REFERENCE_CASES") {
        files.push(PathBuf::from(extra));
    }
    let (mut total, mut passed) = (0, 0);
    let mut broken_files = 0;
    for file in &files {
        match run_file(file) {
            Ok((cases, ok)) => {
                total += cases;
                passed += ok;
            }
            Err(message) => {
                println!("reference {}: cannot run: {message}", display(file));
                broken_files += 1;
            }
        }
    }
    println!("reference: {total} cases, {passed} passed");
    if passed == total && broken_files == 0 && total > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The `*.json` files of tests/data/reference, sorted by name.
fn shipped_files() -> Vec<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/reference");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn display(path: &Path) -> String {
    path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Runs one file, printing its failing cases and its summary line. Returns (cases, passed).
fn run_file(path: &Path) -> Result<(usize, usize), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let document: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let cases = match &document {
        Value::Array(cases) => cases,
        Value::Object(object) => object
            .get("cases")
            .and_then(Value::as_array)
            .ok_or("no \"cases\" array")?,
        _ => return Err("neither an object nor an array".into()),
    };
    let mut passed = 0;
    for (index, case) in cases.iter().enumerate() {
        match check_case(case) {
            Ok(()) => passed += 1,
            Err(message) => println!("  FAIL case {index}: {message}"),
        }
    }
    println!(
        "reference {}: {} cases, {passed} passed",
        display(path),
        cases.len()
    );
    Ok((cases.len(), passed))
}

/// Ok if the case passes, else a description of the failure (fn, args, got, want).
fn check_case(case: &Value) -> Result<(), String> {
    let name = case.get("fn").and_then(Value::as_str).unwrap_or("<no fn>");
    let args = case.get("args").cloned().unwrap_or(Value::Null);
    let describe = |got: &str, want: &str| format!("{name} {args}: got {got}, want {want}");
    let want = case
        .get("expect")
        .ok_or("no expect".to_string())
        .and_then(parse_want)
        .map_err(|e| describe("-", &format!("unreadable expectation ({e})")))?;
    let got = evaluate(name, &args).map_err(|e| describe(&e, &format!("{want:?}")))?;
    if agrees(&got, &want) {
        Ok(())
    } else {
        Err(describe(&got.to_string(), &format!("{want:?}")))
    }
}

impl std::fmt::Display for Got {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Got::Scalar(value) => write!(f, "{value:?}"),
            Got::Vector(values) => write!(f, "{values:?}"),
            Got::Error(error) => write!(f, "error ({error})"),
        }
    }
}

fn parse_want(expect: &Value) -> Result<Want, String> {
    match expect {
        Value::String(s) if s == "error" => Ok(Want::Error),
        Value::Array(_) => Ok(Want::Vector(vector(expect)?)),
        _ => Ok(Want::Scalar(number(expect)?)),
    }
}

fn agrees(got: &Got, want: &Want) -> bool {
    match (got, want) {
        (Got::Error(_), Want::Error) => true,
        (Got::Scalar(g), Want::Scalar(w)) => close(*g, *w),
        (Got::Vector(g), Want::Vector(w)) => {
            g.len() == w.len() && g.iter().zip(w).all(|(g, w)| close(*g, *w))
        }
        _ => false,
    }
}

/// |got - want| <= 1e-10 |want| + 1e-300 for finite want; infinities match exactly; NaN fails.
fn close(got: f64, want: f64) -> bool {
    if got.is_nan() || want.is_nan() {
        false
    } else if want.is_infinite() || got.is_infinite() {
        got == want
    } else {
        (got - want).abs() <= 1e-10 * want.abs() + 1e-300
    }
}

/// A JSON number, or "inf" / "-inf" / "nan".
fn number(value: &Value) -> Result<f64, String> {
    match value {
        Value::Number(n) => n.as_f64().ok_or(format!("{n} is not an f64")),
        Value::String(s) => match s.as_str() {
            "inf" => Ok(f64::INFINITY),
            "-inf" => Ok(f64::NEG_INFINITY),
            "nan" => Ok(f64::NAN),
            other => Err(format!("\"{other}\" is not a number")),
        },
        other => Err(format!("{other} is not a number")),
    }
}

fn vector(value: &Value) -> Result<Vec<f64>, String> {
    value
        .as_array()
        .ok_or(format!("{value} is not a list"))?
        .iter()
        .map(number)
        .collect()
}

fn matrix(value: &Value) -> Result<Vec<Vec<f64>>, String> {
    value
        .as_array()
        .ok_or(format!("{value} is not a list of rows"))?
        .iter()
        .map(vector)
        .collect()
}

/// Calls the math function a case names. Err for an unknown function or unreadable arguments.
fn evaluate(name: &str, args: &Value) -> Result<Got, String> {
    let arg = |key: &str| args.get(key).ok_or(format!("missing argument {key}"));
    let num = |key: &str| arg(key).and_then(number);
    let vec = |key: &str| arg(key).and_then(vector);
    let rows = |key: &str| arg(key).and_then(matrix);
    let unit = || -> Result<Unit, String> {
        match arg("base")? {
            Value::String(s) if s == "e" => Ok(Unit::Nats),
            Value::String(s) if s == "2" => Ok(Unit::Bits),
            Value::Number(n) if n.as_f64() == Some(2.0) => Ok(Unit::Bits),
            other => Err(format!("unknown base {other}")),
        }
    };
    let reduction = || -> Result<Reduction, String> {
        let id = arg("reduction")?
            .as_str()
            .ok_or("reduction is not a string")?;
        Reduction::parse(id).ok_or(format!("unknown reduction {id}"))
    };
    let scalar = |result: Result<f64, MathError>| match result {
        Ok(value) => Got::Scalar(value),
        Err(error) => Got::Error(error),
    };
    let list = |result: Result<Vec<f64>, MathError>| match result {
        Ok(values) => Got::Vector(values),
        Err(error) => Got::Error(error),
    };
    Ok(match name {
        "information" => scalar(math::information(num("p")?, unit()?)),
        "entropy" => scalar(math::entropy(&vec("p")?, unit()?)),
        "binary_entropy" => scalar(math::binary_entropy(num("p")?, unit()?)),
        "kl_divergence" => scalar(math::kl_divergence(&vec("p")?, &vec("q")?, unit()?)),
        "cross_entropy" => scalar(math::cross_entropy(&vec("p")?, &vec("q")?, unit()?)),
        "softmax" => list(math::softmax(&vec("z")?)),
        "log_softmax" => list(math::log_softmax(&vec("z")?)),
        "log_sum_exp" => scalar(math::log_sum_exp(&vec("z")?)),
        "sigmoid" => scalar(math::sigmoid(num("x")?)),
        "softmax_cross_entropy" => scalar(math::softmax_cross_entropy(&vec("y")?, &vec("z")?)),
        "grad_softmax_cross_entropy" => {
            list(math::grad_softmax_cross_entropy(&vec("y")?, &vec("z")?))
        }
        "squared_error" => scalar(math::squared_error(&vec("y")?, &vec("q")?)),
        "grad_softmax_squared_error" => {
            list(math::grad_softmax_squared_error(&vec("y")?, &vec("z")?))
        }
        "binary_cross_entropy" => list(math::binary_cross_entropy(&vec("y")?, &vec("q")?)),
        "binary_cross_entropy_with_logits" => list(math::binary_cross_entropy_with_logits(
            &vec("y")?,
            &vec("z")?,
        )),
        "batch_cross_entropy" => {
            scalar(math::batch_cross_entropy(&rows("labels")?, &rows("preds")?))
        }
        "batch_multilabel_loss" => scalar(math::batch_multilabel_loss(
            &rows("labels")?,
            &rows("preds")?,
            reduction()?,
        )),
        other => return Err(format!("unknown fn {other}")),
    })
}

/// The runner must be able to fail: wrong expectations, a value where an error is expected, an
/// unknown function and a shape mismatch must all be reported as failures (and a right case as
/// a pass), through the same `check_case` the files go through.
fn self_check() -> Result<(), String> {
    let must_fail = [
        r#"{"fn": "entropy", "args": {"p": [0.5, 0.5], "base": "e"}, "expect": 0.7}"#,
        r#"{"fn": "entropy", "args": {"p": [0.5, 0.5], "base": "2"}, "expect": 1.0000001}"#,
        r#"{"fn": "entropy", "args": {"p": [0.5, 0.6], "base": "e"}, "expect": 0.5}"#,
        r#"{"fn": "information", "args": {"p": 0.5, "base": "e"}, "expect": "error"}"#,
        r#"{"fn": "information", "args": {"p": 0.0, "base": "e"}, "expect": 1e308}"#,
        r#"{"fn": "information", "args": {"p": 0.5, "base": "e"}, "expect": "inf"}"#,
        r#"{"fn": "information", "args": {"p": 0.5, "base": "e"}, "expect": "nan"}"#,
        r#"{"fn": "information", "args": {"p": 0.5, "base": "10"}, "expect": 0.3}"#,
        r#"{"fn": "softmax", "args": {"z": [0.0, 0.0]}, "expect": [0.5]}"#,
        r#"{"fn": "softmax", "args": {"z": [0.0, 0.0]}, "expect": 0.5}"#,
        r#"{"fn": "no_such_fn", "args": {"p": 0.5}, "expect": 0.0}"#,
    ];
    let must_pass = [
        r#"{"fn": "entropy", "args": {"p": [0.5, 0.5], "base": "2"}, "expect": 1.0}"#,
        r#"{"fn": "information", "args": {"p": 0.0, "base": "e"}, "expect": "inf"}"#,
        r#"{"fn": "softmax", "args": {"z": [0.0, 0.0]}, "expect": [0.5, 0.5]}"#,
        r#"{"fn": "sigmoid", "args": {"x": "nan"}, "expect": "error"}"#,
    ];
    for text in must_fail {
        let case: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if check_case(&case).is_ok() {
            return Err(format!("a wrong case passed: {text}"));
        }
    }
    for text in must_pass {
        let case: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        check_case(&case).map_err(|e| format!("a right case failed: {e}"))?;
    }
    println!(
        "reference self-check: {} wrong cases rejected, {} right cases accepted",
        must_fail.len(),
        must_pass.len()
    );
    Ok(())
}
