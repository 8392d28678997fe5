//! The query-string layer: splitting, decoding, numbers, lists and rows, each with the
//! [`Problem`] that makes a parameter fall back to its default.
//!
//! Parsers take the raw (still percent-encoded) value and a list to push notes into; they
//! return the value or the problem that makes it unusable. [`Reader`] attaches the parameter's
//! name to both.

pub(crate) use super::percent::{decode, encode};
use super::{shortest, Issue, Problem, MAX_CLASSES, MIN_CLASSES};

/// The global parameters; each lesson's own come from the registry (`LessonState::KEYS`).
const GLOBAL_KEYS: [&str; 7] = [
    "view",
    "lang",
    "unit",
    "theme",
    "embed",
    "practice_seed",
    "practice",
];

/// The parameter name `key` as the app knows it, or `None` for a key no view reads: unknown keys
/// are dropped while splitting, so a query with thousands of junk keys costs one pass and no
/// memory.
fn known_key(key: &str) -> Option<&'static str> {
    GLOBAL_KEYS
        .into_iter()
        .chain(crate::lessons::LESSON_KEYS.into_iter().flatten().copied())
        .find(|known| *known == key)
}

/// Texts quoted back in a [`Problem`] are cut to this many characters.
const QUOTE_CHARS: usize = 32;

/// A sum this close to 1 is a distribution as it stands (the math module's own tolerance).
pub(crate) const SUM_TOLERANCE: f64 = 1e-9;
/// A sum this close to 1 is divided out, with a note (the contract's rule for links).
pub(crate) const RENORMALISE_TOLERANCE: f64 = 1e-3;

/// The first raw value of each known key, and how often the key appeared.
pub(crate) struct Params {
    entries: Vec<Entry>,
}

struct Entry {
    key: &'static str,
    raw_value: String,
    count: usize,
}

impl Params {
    /// Splits a query (leading `?` optional) the way `form_urlencoded::parse` does: pairs on
    /// `&`, name and value on the first `=`, names decoded and trimmed. Values stay raw, because
    /// class names must be split on the literal `,` before they are decoded.
    pub(crate) fn parse(query: &str) -> Params {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut entries: Vec<Entry> = Vec::new();
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(raw_key);
            let Some(key) = known_key(key.trim()) else {
                continue;
            };
            match entries.iter_mut().find(|entry| entry.key == key) {
                Some(entry) => entry.count += 1,
                None => entries.push(Entry {
                    key,
                    raw_value: raw_value.to_owned(),
                    count: 1,
                }),
            }
        }
        Params { entries }
    }
}

/// Reads parameters by name and collects the issues met, each under its parameter's name.
pub(crate) struct Reader<'a> {
    params: &'a Params,
    issues: Vec<Issue>,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(params: &'a Params) -> Reader<'a> {
        Reader {
            params,
            issues: Vec::new(),
        }
    }

    /// Reads `key` with `parse`: `None` when the key is absent or its value unusable (then the
    /// problem is recorded), the value otherwise. Notes are recorded either way, after a
    /// [`Problem::Repeated`] note when the key appeared more than once.
    ///
    /// Call once per key.
    pub(crate) fn read<T>(
        &mut self,
        key: &'static str,
        parse: impl FnOnce(&str, &mut Vec<Problem>) -> Result<T, Problem>,
    ) -> Option<T> {
        // Only the call to `parse` depends on T: the rest is one copy for every parameter.
        let index = self.entry_index(key)?;
        let mut notes = Vec::new();
        let result = parse(&self.params.entries[index].raw_value, &mut notes);
        self.record_notes(key, notes);
        result.map_err(|problem| self.push(key, problem)).ok()
    }

    /// Where `key` is among the entries, noting a repeated parameter.
    fn entry_index(&mut self, key: &'static str) -> Option<usize> {
        let index = self
            .params
            .entries
            .iter()
            .position(|entry| entry.key == key)?;
        if self.params.entries[index].count > 1 {
            self.push(key, Problem::Repeated);
        }
        Some(index)
    }

    fn record_notes(&mut self, key: &'static str, notes: Vec<Problem>) {
        for note in notes {
            self.push(key, note);
        }
    }

    /// Records a problem found after reading, e.g. a length that does not match another
    /// parameter.
    pub(crate) fn push(&mut self, key: &'static str, problem: Problem) {
        let issue = Issue {
            param: key.to_owned(),
            problem,
        };
        // A cut applied to every row of a batch is one note, not eight.
        if !self.issues.contains(&issue) {
            self.issues.push(issue);
        }
    }

    pub(crate) fn into_issues(self) -> Vec<Issue> {
        self.issues
    }
}

/// [`decode`], then trimmed of surrounding whitespace.
pub(crate) fn decode_trimmed(raw: &str) -> String {
    decode(raw).trim().to_owned()
}

/// A text quoted in a problem: at most [`QUOTE_CHARS`] characters, `…` when cut.
pub(crate) fn shorten(text: &str) -> String {
    match text.char_indices().nth(QUOTE_CHARS) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// One of a few identifiers (`allowed`), matched case-insensitively.
pub(crate) fn identifier<T>(
    raw: &str,
    allowed: &[&'static str],
    parse: impl Fn(&str) -> Option<T>,
) -> Result<T, Problem> {
    let text = decode_trimmed(raw);
    if text.is_empty() {
        return Err(Problem::Empty);
    }
    parse(&text.to_ascii_lowercase()).ok_or_else(|| Problem::UnknownValue {
        value: shorten(&text),
        allowed: allowed.to_vec(),
    })
}

/// A switch such as `embed` or `practice`: `1` is on; empty or `0` is off, without an issue.
pub(crate) fn flag(raw: &str) -> Result<bool, Problem> {
    match decode_trimmed(raw).as_str() {
        "1" => Ok(true),
        "" | "0" => Ok(false),
        other => Err(Problem::UnknownValue {
            value: shorten(other),
            allowed: vec!["0", "1"],
        }),
    }
}

/// A practice seed: a whole number from 0 to 2^64 − 1, written in decimal digits.
pub(crate) fn seed(raw: &str) -> Result<u64, Problem> {
    let text = decode_trimmed(raw);
    if text.is_empty() {
        return Err(Problem::Empty);
    }
    text.parse::<u64>().map_err(|_| Problem::NotANumber {
        value: shorten(&text),
    })
}

/// One finite number from already decoded text. Rust's parser also accepts `inf`, `NaN`,
/// `infinity` and overflows `1e999` to infinity: all of these are refused. `-0` becomes 0, so
/// no `-0` reaches a readout.
pub(crate) fn number(text: &str) -> Result<f64, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Empty);
    }
    let unsigned = text.trim_start_matches(['+', '-']).to_ascii_lowercase();
    let names_infinity = matches!(unsigned.as_str(), "inf" | "infinity" | "nan");
    match super::decimal::parse_decimal(text) {
        Some(value) if value.is_finite() => Ok(value + 0.0),
        Some(_) => Err(Problem::NotFinite {
            value: shorten(text),
        }),
        None if names_infinity => Err(Problem::NotFinite {
            value: shorten(text),
        }),
        None => Err(Problem::NotANumber {
            value: shorten(text),
        }),
    }
}

/// A number in [min, max].
pub(crate) fn number_in(text: &str, min: f64, max: f64) -> Result<f64, Problem> {
    let value = number(text)?;
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(Problem::OutOfRange { value, min, max })
    }
}

/// A probability: a finite number in [0, 1].
pub(crate) fn probability(text: &str) -> Result<f64, Problem> {
    number_in(text, 0.0, 1.0)
}

/// A class index in 0..classes. Integral numbers such as `1.0` count; a negative or fractional
/// number is out of range; an index too large for the view is [`Problem::ClassOutOfRange`].
pub(crate) fn class_index(text: &str, classes: usize) -> Result<usize, Problem> {
    let value = number(text)?;
    if value < 0.0 || value.fract() != 0.0 {
        return Err(Problem::OutOfRange {
            value,
            min: 0.0,
            max: classes.saturating_sub(1) as f64,
        });
    }
    // `as` saturates: an index beyond usize is still reported as out of range.
    let class = value as usize;
    if class < classes {
        Ok(class)
    } else {
        Err(Problem::ClassOutOfRange { class, classes })
    }
}

/// Splits `text` on `separator`, keeping the first `max` pieces; a longer list gets a
/// [`Problem::TooMany`] note.
pub(crate) fn split_capped<'t>(
    text: &'t str,
    separator: char,
    max: usize,
    notes: &mut Vec<Problem>,
) -> Vec<&'t str> {
    let got = text.split(separator).count();
    if got > max {
        notes.push(Problem::TooMany { max, got });
    }
    text.split(separator).take(max).collect()
}

/// A list of 2..=8 finite numbers from decoded text (`,`-separated; longer lists are cut).
pub(crate) fn numbers(text: &str, notes: &mut Vec<Problem>) -> Result<Vec<f64>, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    let values = split_capped(text, ',', MAX_CLASSES, notes)
        .into_iter()
        .map(number)
        .collect::<Result<Vec<f64>, Problem>>()?;
    if values.len() < MIN_CLASSES {
        return Err(Problem::TooFew {
            min: MIN_CLASSES,
            got: values.len(),
        });
    }
    Ok(values)
}

/// A list of 2..=8 probabilities, each in [0, 1], with no constraint on the sum.
pub(crate) fn probabilities(text: &str, notes: &mut Vec<Problem>) -> Result<Vec<f64>, Problem> {
    let values = numbers(text, notes)?;
    check_probabilities(&values)?;
    Ok(values)
}

/// A probability distribution from decoded text: 2..=8 entries in [0, 1]. A sum within 1e-9
/// of 1 is kept as it is; within 0.001 the vector is divided by its sum, with a
/// [`Problem::Renormalised`] note; farther is [`Problem::NotNormalised`].
pub(crate) fn distribution(text: &str, notes: &mut Vec<Problem>) -> Result<Vec<f64>, Problem> {
    let values = numbers(text, notes)?;
    normalised(values, notes)
}

/// Checks that every value is a probability.
fn check_probabilities(values: &[f64]) -> Result<(), Problem> {
    match values.iter().find(|value| !(0.0..=1.0).contains(*value)) {
        Some(&value) => Err(Problem::OutOfRange {
            value,
            min: 0.0,
            max: 1.0,
        }),
        None => Ok(()),
    }
}

/// The distribution rule of [`distribution`] on parsed values. Dividing entries in [0, 1] by a
/// sum no smaller than any of them keeps them in [0, 1], and the new sum is 1 to rounding.
pub(crate) fn normalised(values: Vec<f64>, notes: &mut Vec<Problem>) -> Result<Vec<f64>, Problem> {
    check_probabilities(&values)?;
    let sum: f64 = values.iter().sum();
    let distance = (sum - 1.0).abs();
    if distance <= SUM_TOLERANCE {
        Ok(values)
    } else if distance <= RENORMALISE_TOLERANCE {
        notes.push(Problem::Renormalised { sum });
        Ok(values.into_iter().map(|value| value / sum).collect())
    } else {
        Err(Problem::NotNormalised { sum })
    }
}

/// The rows of a batch from decoded text: up to 8 rows separated by `;` (more are cut with a
/// note), each parsed by `row`; every row must be as wide as the first.
pub(crate) fn rows<T>(
    text: &str,
    max_rows: usize,
    notes: &mut Vec<Problem>,
    mut row: impl FnMut(&str, &mut Vec<Problem>) -> Result<Vec<T>, Problem>,
) -> Result<Vec<Vec<T>>, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    let parsed = split_capped(text, ';', max_rows, notes)
        .into_iter()
        .map(|text| row(text, notes))
        .collect::<Result<Vec<Vec<T>>, Problem>>()?;
    let expected = parsed.first().map_or(0, Vec::len);
    match parsed.iter().find(|row| row.len() != expected) {
        Some(ragged) => Err(Problem::WrongLength {
            expected,
            got: ragged.len(),
        }),
        None => Ok(parsed),
    }
}

/// One n-hot row of a multi-label batch: 2..=8 entries, each 0 or 1.
pub(crate) fn n_hot(text: &str, notes: &mut Vec<Problem>) -> Result<Vec<bool>, Problem> {
    numbers(text, notes)?
        .into_iter()
        .map(|value| {
            if value == 1.0 {
                Ok(true)
            } else if value == 0.0 {
                Ok(false)
            } else {
                Err(Problem::UnknownValue {
                    value: shortest(value),
                    allowed: vec!["0", "1"],
                })
            }
        })
        .collect()
}

/// Class names from the raw value: split on the literal `,` first, then each name decoded and
/// trimmed, so `%2C` stays inside a name. 2..=8 names (more are cut with a note), none empty.
pub(crate) fn class_names(raw: &str, notes: &mut Vec<Problem>) -> Result<Vec<String>, Problem> {
    if decode_trimmed(raw).is_empty() {
        return Err(Problem::Empty);
    }
    let names: Vec<String> = split_capped(raw, ',', MAX_CLASSES, notes)
        .into_iter()
        .map(decode_trimmed)
        .collect();
    if names.iter().any(String::is_empty) {
        return Err(Problem::Empty);
    }
    if names.len() < MIN_CLASSES {
        return Err(Problem::TooFew {
            min: MIN_CLASSES,
            got: names.len(),
        });
    }
    Ok(names)
}

/// Writes numbers as Rust's `{}` formats an f64 (the shortest text that parses back to the
/// same f64; see [`shortest`]), separated by a literal `,`.
pub(crate) fn write_numbers(out: &mut String, values: &[f64]) {
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&shortest(*value));
    }
}

/// Writes rows with [`write_numbers`], separated by a literal `;`.
pub(crate) fn write_rows(out: &mut String, rows: &[Vec<f64>]) {
    for (j, row) in rows.iter().enumerate() {
        if j > 0 {
            out.push(';');
        }
        write_numbers(out, row);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_keeps_equals_and_turns_plus_into_space() {
        assert_eq!(decode("a=b+c%2Cd"), "a=b c,d");
        assert_eq!(decode(""), "");
        assert_eq!(decode("%E7%8C%AB"), "猫");
    }

    #[test]
    fn numbers_refuse_what_rust_would_accept_as_floats() {
        for text in ["inf", "NaN", "infinity", "-inf", "1e999"] {
            assert!(
                matches!(number(text), Err(Problem::NotFinite { .. })),
                "{text}"
            );
        }
        assert_eq!(
            number("0x1"),
            Err(Problem::NotANumber {
                value: "0x1".into()
            })
        );
        assert!(number("-0").unwrap().is_sign_positive());
    }

    #[test]
    fn class_index_rejects_fractions_and_negatives() {
        assert_eq!(class_index("2", 3), Ok(2));
        assert_eq!(class_index("1.0", 3), Ok(1));
        assert_eq!(
            class_index("3", 3),
            Err(Problem::ClassOutOfRange {
                class: 3,
                classes: 3
            })
        );
        assert!(matches!(
            class_index("-1", 3),
            Err(Problem::OutOfRange { .. })
        ));
        assert!(matches!(
            class_index("0.5", 3),
            Err(Problem::OutOfRange { .. })
        ));
    }

    #[test]
    fn shorten_cuts_on_a_character_boundary() {
        let long = "é".repeat(40);
        let short = shorten(&long);
        assert_eq!(short.chars().count(), QUOTE_CHARS + 1);
        assert!(short.ends_with('…'));
    }
}
