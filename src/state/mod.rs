//! The state of every view, read from and written to the query string.
//!
//! A link holds the whole state of one view (see `docs/ui-contract.md`):
//! `?view=kl&p=0.7,0.2,0.1&q=0.5,0.3,0.2&unit=bits&lang=zh`. [`parse_query`] never fails: every
//! parameter that cannot be used falls back to its default and is reported as an [`Issue`], so a
//! mangled link still opens a working view with a message, and the returned state is always
//! valid for its view (finite numbers, probabilities in [0, 1], distributions summing to 1 within
//! 1e-9, consistent shapes). [`to_query`] writes a state back; parsing what it writes gives the
//! same state with no issues.
//!
//! Decoding is that of `application/x-www-form-urlencoded` (`percent.rs`: `+` is a space and
//! `%2C` a comma). Number lists are decoded before they are split, so `%2C` also separates
//! numbers; class names are split on the literal `,` first and decoded one by one, so an
//! encoded comma stays inside a name.

mod decimal;
mod exact;
pub(crate) mod fields;
mod percent;
pub(crate) mod query;

use crate::math::Unit;

use query::{Params, Reader};

pub use crate::lessons::binary_entropy::BinaryEntropyState;
pub use crate::lessons::cross_entropy::CrossEntropyState;
pub use crate::lessons::entropy::EntropyState;
pub use crate::lessons::information::InformationState;
pub use crate::lessons::kl::KlState;
pub use crate::lessons::mse_vs_ce::{MseVsCeState, MAX_LEARNING_RATE};
pub use crate::lessons::multi_label::MultiLabelState;
pub use crate::lessons::single_label::SingleLabelState;
pub use crate::lessons::{ViewId, ViewState};
pub use decimal::{fixed_decimals, parse_decimal};
pub use exact::{scientific, shortest};
pub use fields::ClassNames;

/// What the registry needs of a lesson's state: the link parameters it is read from and
/// written to. Each lesson's `model.rs` implements it.
pub(crate) trait LessonState: Default {
    /// The parameters of the lesson, in the order links write them.
    const KEYS: &'static [&'static str];

    /// Reads the state; every parameter that cannot be used falls back to its default with
    /// an [`Issue`], and the result is always valid for the lesson.
    fn read(reader: &mut Reader) -> Self;

    /// Appends `&name=value` for each parameter, in the order of [`LessonState::KEYS`].
    fn write(&self, out: &mut String);
}

/// The most classes (outcomes, nodes) a vector or a batch row may have; longer lists are cut.
pub const MAX_CLASSES: usize = 8;
/// The fewest classes a vector may have: one outcome is no choice at all.
pub const MIN_CLASSES: usize = 2;
/// The most samples (rows) a batch may have; longer batches are cut.
pub const MAX_SAMPLES: usize = 8;

/// The language of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// Both languages, in the order the language switch lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The identifier in `?lang=`: `en` or `zh`.
    pub fn id(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// The value of `<html lang>`: `en` or `zh-Hans`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-Hans",
        }
    }

    /// Parses an identifier exactly as [`Lang::id`] writes it.
    pub fn parse(s: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.id() == s)
    }
}

/// The colour theme; `None` in [`Settings`] means "follow the system".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

impl Theme {
    /// Both themes, in the order the theme switch lists them.
    pub const ALL: [Theme; 2] = [Theme::Light, Theme::Dark];

    /// The identifier in `?theme=`: `light` or `dark`.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Parses an identifier exactly as [`Theme::id`] writes it.
    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.id() == s)
    }
}

/// What the `q` rows of a batch view hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum InputKind {
    /// Probabilities: a distribution per row (single-label) or a value in [0, 1] per node
    /// (multi-label).
    #[default]
    Prob,
    /// Logits: any finite numbers, turned into probabilities by softmax (single-label) or a
    /// sigmoid per node (multi-label).
    Logit,
}

impl InputKind {
    /// Both kinds, in the order the input-kind switch lists them.
    pub const ALL: [InputKind; 2] = [InputKind::Prob, InputKind::Logit];

    /// The identifier in `?input=`: `prob` or `logit`.
    pub fn id(self) -> &'static str {
        match self {
            InputKind::Prob => "prob",
            InputKind::Logit => "logit",
        }
    }

    /// Parses an identifier exactly as [`InputKind::id`] writes it.
    pub fn parse(s: &str) -> Option<InputKind> {
        InputKind::ALL.into_iter().find(|kind| kind.id() == s)
    }
}

/// The global parameters, shared by every view.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Settings {
    /// `None`: the browser's language, else English.
    pub lang: Option<Lang>,
    /// The unit of entropies, divergences, cross-entropies and losses.
    pub unit: Unit,
    /// `None`: the system's theme.
    pub theme: Option<Theme>,
    /// `embed=1`: the view alone, for an iframe.
    pub embed: bool,
    /// `practice_seed=<integer>`: fixes the practice questions' draws, so a set can be shared.
    /// `None`: the page draws a seed of its own, kept out of links.
    pub practice_seed: Option<u64>,
    /// `practice=0` hides the practice section (for a teacher who wants only the widget).
    pub practice_hidden: bool,
}

/// Something about one parameter of a link: why it fell back to its default, or a note about
/// how it was adjusted.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// The parameter's name as written in the link (`p`, `q`, `lr`, `classes`, `view`, ...).
    pub param: String,
    pub problem: Problem,
}

impl Issue {
    /// True when the parameter was used (adjusted), false when it fell back to its default.
    pub fn is_note(&self) -> bool {
        self.problem.is_note()
    }
}

/// Why a parameter fell back to its default, or (for notes) how it was adjusted.
///
/// Texts in `value` are what the link held (trimmed, at most 32 characters).
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Not a number at all (`abc`).
    NotANumber { value: String },
    /// A number that is not finite (`inf`, `NaN`, `1e999`).
    NotFinite { value: String },
    /// A number outside [min, max] (a probability above 1, a negative learning rate).
    OutOfRange { value: f64, min: f64, max: f64 },
    /// A list or batch whose length does not match the rest of the view.
    WrongLength { expected: usize, got: usize },
    /// A probability vector whose sum is farther than 0.001 from 1.
    NotNormalised { sum: f64 },
    /// Note: a probability vector summing to within 0.001 of 1 was divided by its sum.
    Renormalised { sum: f64 },
    /// Note: a list longer than `max` was cut to its first `max` entries.
    TooMany { max: usize, got: usize },
    /// A list with fewer than `min` entries.
    TooFew { min: usize, got: usize },
    /// An empty value, or an empty entry in a list.
    Empty,
    /// `view` names no view; the page shows the course's start.
    UnknownView { value: String },
    /// A value that is none of the allowed identifiers.
    UnknownValue {
        value: String,
        allowed: Vec<&'static str>,
    },
    /// A class index outside 0..classes.
    ClassOutOfRange { class: usize, classes: usize },
    /// Note: the key appeared more than once; the first value is used.
    Repeated,
}

impl Problem {
    /// True for notes (the parameter was used, adjusted), false for reasons of a fallback.
    pub fn is_note(&self) -> bool {
        matches!(
            self,
            Problem::Renormalised { .. } | Problem::TooMany { .. } | Problem::Repeated
        )
    }
}

/// What a query string says: the view (`None`: the course's start), the settings, the state of
/// the view on screen and every issue met on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub view: Option<ViewId>,
    pub settings: Settings,
    /// The state of `view.unwrap_or(ViewId::FIRST)`, always valid for that view.
    pub state: ViewState,
    /// In reading order: `view`, the view's parameters, then the global ones.
    pub issues: Vec<Issue>,
}

/// Reads a query string (with or without the leading `?`) into a view, settings and a valid
/// state. Never panics.
///
/// Only the parameters of the view on screen and the global ones are read; others are ignored
/// silently. Each unusable parameter falls back to its default with an [`Issue`]; the valid
/// ones beside it still apply. Without `view`, or with an unknown one, the page is the
/// course's start and the state is that of the first view (`information`).
pub fn parse_query(query: &str) -> Parsed {
    let params = Params::parse(query);
    let mut reader = Reader::new(&params);
    let view = read_view(&mut reader);
    let state = ViewState::read(view.unwrap_or(ViewId::FIRST), &mut reader);
    let settings = read_settings(&mut reader);
    Parsed {
        view,
        settings,
        state,
        issues: reader.into_issues(),
    }
}

/// Writes the link of `state` shown as `view`, without the leading `?`: `view=<id>`, then every
/// parameter of the view (defaults included, so a link does not change meaning when a default
/// does), then only the global parameters that differ from their defaults.
///
/// Numbers use Rust's `{}` formatting of f64 (shortest round trip); `,` and `;` stay literal;
/// class names are percent-encoded. If `state` belongs to another view, `view`'s default state
/// is written instead, so the link is always consistent.
pub fn to_query(view: ViewId, settings: &Settings, state: &ViewState) -> String {
    let fallback;
    let state = if state.view() == view {
        state
    } else {
        fallback = ViewState::default_for(view);
        &fallback
    };
    let mut out = format!("view={}", view.id());
    state.write(&mut out);
    write_settings(settings, &mut out);
    out
}

/// Writes the link of the course's start (no view) with `settings`, without the leading `?`:
/// only the global parameters that differ from their defaults, `&`-separated.
pub fn settings_query(settings: &Settings) -> String {
    let mut out = String::new();
    write_settings(settings, &mut out);
    out.trim_start_matches('&').to_string()
}

/// Appends `&key=value` for each global parameter that differs from its default.
fn write_settings(settings: &Settings, out: &mut String) {
    if let Some(lang) = settings.lang {
        out.push_str("&lang=");
        out.push_str(lang.id());
    }
    if settings.unit != Unit::default() {
        out.push_str("&unit=");
        out.push_str(settings.unit.id());
    }
    if let Some(theme) = settings.theme {
        out.push_str("&theme=");
        out.push_str(theme.id());
    }
    if settings.embed {
        out.push_str("&embed=1");
    }
    if let Some(seed) = settings.practice_seed {
        out.push_str("&practice_seed=");
        out.push_str(&seed.to_string());
    }
    if settings.practice_hidden {
        out.push_str("&practice=0");
    }
}

/// Reads `view`: absent or empty is the course's start; identifiers match case-insensitively.
fn read_view(reader: &mut Reader) -> Option<ViewId> {
    reader.read("view", |raw, _| {
        let text = query::decode_trimmed(raw);
        if text.is_empty() {
            return Err(Problem::Empty);
        }
        ViewId::parse(&text.to_ascii_lowercase()).ok_or(Problem::UnknownView {
            value: query::shorten(&text),
        })
    })
}

/// Reads `lang`, `unit`, `theme`, `embed`, `practice_seed` and `practice`.
fn read_settings(reader: &mut Reader) -> Settings {
    let lang = reader.read("lang", |raw, _| {
        query::identifier(raw, &Lang::ALL.map(Lang::id), Lang::parse)
    });
    let unit = reader
        .read("unit", |raw, _| {
            query::identifier(raw, &[Unit::Nats, Unit::Bits].map(Unit::id), Unit::parse)
        })
        .unwrap_or_default();
    let theme = reader.read("theme", |raw, _| {
        query::identifier(raw, &Theme::ALL.map(Theme::id), Theme::parse)
    });
    let embed = reader.read("embed", |raw, _| query::flag(raw)) == Some(true);
    let practice_seed = reader.read("practice_seed", |raw, _| query::seed(raw));
    let practice_hidden = reader.read("practice", |raw, _| query::flag(raw)) == Some(false);
    Settings {
        lang,
        unit,
        theme,
        embed,
        practice_seed,
        practice_hidden,
    }
}
