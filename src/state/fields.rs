//! The parameter kinds several lessons share (a probability, a distribution, a pair of
//! distributions, a batch's rows and class names), read with the cross-parameter rules that keep
//! a state consistent, and the writers of `&name=value`. Each lesson's `model.rs` reads and
//! writes its own state through these.

use super::query::{self, decode, Reader};
use super::{InputKind, Problem, MAX_SAMPLES};

pub(crate) fn write_param(out: &mut String, name: &str, value: impl FnOnce(&mut String)) {
    out.push('&');
    out.push_str(name);
    out.push('=');
    value(out);
}

/// Writes `classes` only while it holds names a link or the reader gave: default names follow
/// the reader's language, so a link made in Chinese does not fix Chinese names for an English
/// reader.
pub(crate) fn write_class_names(out: &mut String, classes: &ClassNames) {
    if let ClassNames::Named(names) = classes {
        write_param(out, "classes", |out| {
            let encoded: Vec<String> = names.iter().map(|name| query::encode(name)).collect();
            out.push_str(&encoded.join(","));
        });
    }
}

/// The class (node) names of a batch lesson.
///
/// `Default(n)` stands for the reader's language's names of n classes (`cat, frog, mouse` /
/// `猫, 青蛙, 老鼠` for three, numbered names otherwise) and stays out of links; `Named` holds
/// the names a link or the reader gave, non-empty and trimmed.
#[derive(Clone, Debug, PartialEq)]
pub enum ClassNames {
    Default(usize),
    Named(Vec<String>),
}

impl ClassNames {
    /// The number of classes.
    pub fn len(&self) -> usize {
        match self {
            ClassNames::Default(n) => *n,
            ClassNames::Named(names) => names.len(),
        }
    }

    /// Never true for a valid state (a batch has at least two classes); here for clippy.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The names to show, `default_names(n)` giving the reader's language's defaults.
    pub fn resolve(&self, default_names: fn(usize) -> Vec<String>) -> Vec<String> {
        match self {
            ClassNames::Default(n) => default_names(*n),
            ClassNames::Named(names) => names.clone(),
        }
    }

    /// One class more: defaults stay defaults; named classes get the first of
    /// `name_for(n + 1)`, `name_for(n + 2)`, … that no class has yet.
    pub fn push(&mut self, name_for: fn(usize) -> String) {
        match self {
            ClassNames::Default(n) => *n += 1,
            ClassNames::Named(names) => {
                let name = (names.len() + 1..)
                    .map(name_for)
                    .find(|name| !names.contains(name))
                    .unwrap_or_default();
                names.push(name);
            }
        }
    }

    /// The last class removed.
    pub fn pop(&mut self) {
        match self {
            ClassNames::Default(n) => *n = n.saturating_sub(1),
            ClassNames::Named(names) => {
                names.pop();
            }
        }
    }

    /// Class `index` renamed: from then on every name is the reader's own (the others as the
    /// reader saw them, `default_names` of the current language).
    pub fn rename(&mut self, index: usize, name: String, default_names: fn(usize) -> Vec<String>) {
        let mut names = self.resolve(default_names);
        if let Some(slot) = names.get_mut(index) {
            *slot = name;
            *self = ClassNames::Named(names);
        }
    }
}

/// `p` as one probability in [0, 1].
pub(crate) fn read_probability(reader: &mut Reader) -> Option<f64> {
    reader.read("p", |raw, _| query::probability(&decode(raw)))
}

/// `key` as a distribution (renormalised when within 0.001 of summing to 1).
pub(crate) fn read_distribution(reader: &mut Reader, key: &'static str) -> Option<Vec<f64>> {
    reader.read(key, |raw, notes| query::distribution(&decode(raw), notes))
}

/// `p` and `q` of the `kl` and `cross-entropy` views, which must have the same length.
///
/// `p` leads: when both are usable and their lengths differ, `q` falls back with
/// [`Problem::WrongLength`] (expected: p's length). A parameter that is absent or fell back
/// for its own reason takes its default at the length of the other one, silently: the
/// contract's default when that length is 3, else the same shape (a one-hot p stays one-hot on
/// class 0, other defaults become uniform). So `?view=kl&p=0.25,0.25,0.25,0.25` shows that p
/// against a uniform q instead of refusing a valid p.
pub(crate) fn read_pair(
    reader: &mut Reader,
    default_p: &[f64],
    default_q: &[f64],
) -> (Vec<f64>, Vec<f64>) {
    let p = read_distribution(reader, "p");
    let q = read_distribution(reader, "q");
    match (p, q) {
        (Some(p), Some(q)) if p.len() == q.len() => (p, q),
        (Some(p), Some(q)) => {
            reader.push(
                "q",
                Problem::WrongLength {
                    expected: p.len(),
                    got: q.len(),
                },
            );
            let q = default_at_length(default_q, p.len());
            (p, q)
        }
        (Some(p), None) => {
            let q = default_at_length(default_q, p.len());
            (p, q)
        }
        (None, Some(q)) => (default_at_length(default_p, q.len()), q),
        (None, None) => (default_p.to_vec(), default_q.to_vec()),
    }
}

/// A default distribution stretched to `len` outcomes: itself at its own length; otherwise
/// one-hot on class 0 if it is one-hot on class 0, else uniform.
pub(crate) fn default_at_length(default: &[f64], len: usize) -> Vec<f64> {
    if default.len() == len {
        default.to_vec()
    } else if default.first() == Some(&1.0) {
        (0..len).map(|i| if i == 0 { 1.0 } else { 0.0 }).collect()
    } else {
        vec![1.0 / len as f64; len]
    }
}

/// `input`: `prob` or `logit`.
pub(crate) fn read_input(reader: &mut Reader) -> InputKind {
    reader
        .read("input", |raw, _| {
            query::identifier(raw, &InputKind::ALL.map(InputKind::id), InputKind::parse)
        })
        .unwrap_or_default()
}

/// `classes`: 2..=8 names; absent or unusable leaves the count to the other parameters.
pub(crate) fn read_classes(reader: &mut Reader) -> Option<Vec<String>> {
    reader.read("classes", query::class_names)
}

/// The class names a batch reads: those of the link, else the defaults of `n` classes.
pub(crate) fn class_names_or_default(classes: Option<Vec<String>>, n: usize) -> ClassNames {
    classes.map_or(ClassNames::Default(n), ClassNames::Named)
}

/// The `q` rows of a batch: with `input=prob` each row is checked by `prob_row`, with
/// `input=logit` each row is any 2..=8 finite numbers.
pub(crate) fn read_prediction_rows(
    reader: &mut Reader,
    input: InputKind,
    prob_row: fn(&str, &mut Vec<Problem>) -> Result<Vec<f64>, Problem>,
) -> Option<Vec<Vec<f64>>> {
    reader.read("q", |raw, notes| {
        let row = match input {
            InputKind::Prob => prob_row,
            InputKind::Logit => query::numbers,
        };
        query::rows(&decode(raw), MAX_SAMPLES, notes, row)
    })
}

/// Drops rows whose width is not `classes`, with [`Problem::WrongLength`] on `key`.
pub(crate) fn require_width<T>(
    reader: &mut Reader,
    key: &'static str,
    rows: Option<Vec<Vec<T>>>,
    classes: usize,
) -> Option<Vec<Vec<T>>> {
    let rows = rows?;
    let width = rows.first().map_or(0, Vec::len);
    if width == classes {
        Some(rows)
    } else {
        reader.push(
            key,
            Problem::WrongLength {
                expected: classes,
                got: width,
            },
        );
        None
    }
}

/// Drops a list whose length is not `samples`, with [`Problem::WrongLength`] on `key`.
pub(crate) fn require_samples<T>(
    reader: &mut Reader,
    key: &'static str,
    list: Option<Vec<T>>,
    samples: usize,
) -> Option<Vec<T>> {
    let list = list?;
    if list.len() == samples {
        Some(list)
    } else {
        reader.push(
            key,
            Problem::WrongLength {
                expected: samples,
                got: list.len(),
            },
        );
        None
    }
}
