//! Every visible string of the lab, in English and Simplified Chinese.
//!
//! A typed table rather than a general i18n runtime: one `Strings` const per language, so a key
//! missing in either language is a compile error, switching language is a pointer swap, and the
//! bundle pays only for the text itself (leptos_i18n would add about 26 KB gzipped).
//! Messages that carry numbers are plain functions in the language files.

mod en;
pub mod lesson_text;
pub mod practice;
mod zh;

use crate::lessons::{
    binary_entropy::BinaryEntropyText,
    cross_entropy::CrossEntropyText,
    entropy::EntropyText,
    information::InformationText,
    kl::{DistributionNumbers, KlText},
    mse_vs_ce::MseVsCeText,
    multi_label::MultiLabelText,
    single_label::SingleLabelText,
};
use crate::math::MathError;
use crate::state::{Issue, Lang};

/// The strings of one language: the shell's, and each lesson's through a method of its own.
///
/// A lesson's words are reached only from that lesson's code ([`Strings::kl`], ...), never from
/// the table itself, so the release's splitter puts them in the lesson's chunk with the code
/// that shows them: a view loads its own lesson's words, not the course's.
#[derive(Debug)]
pub struct Strings {
    /// The language of the table, which picks each lesson's words.
    pub lang: Lang,
    pub ui: Ui,
    /// The title and bridge sentence of each view, in course order ([`Strings::view_text`]).
    pub views: [ViewText; crate::lessons::ViewId::ALL.len()],
}

/// The table for a language.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &en::EN,
        Lang::Zh => &zh::ZH,
    }
}

/// One method per lesson: `name: Type = ITEM;` reads the static `ITEM` of `en` or `zh`.
macro_rules! lesson_words {
    ($( $(#[doc = $doc:literal])* $name:ident: $text:ty = $item:ident; )*) => {
        impl Strings {
            $(
                $(#[doc = $doc])*
                pub fn $name(&self) -> &'static $text {
                    match self.lang {
                        Lang::En => &en::$item,
                        Lang::Zh => &zh::$item,
                    }
                }
            )*
        }
    };
}

lesson_words! {
    /// Lesson 1's words.
    information: InformationText = INFORMATION;
    /// Lesson 2's words.
    entropy: EntropyText = ENTROPY;
    /// Lesson 3's words.
    binary_entropy: BinaryEntropyText = BINARY_ENTROPY;
    /// Lesson 4's words.
    kl: KlText = KL;
    /// Lesson 5's words.
    cross_entropy: CrossEntropyText = CROSS_ENTROPY;
    /// Lesson 6's words.
    mse_vs_ce: MseVsCeText = MSE_VS_CE;
    /// Lesson 7's words.
    single_label: SingleLabelText = SINGLE_LABEL;
    /// Lesson 8's words.
    multi_label: MultiLabelText = MULTI_LABEL;
}

impl Strings {
    /// The practice questions' words (the panel's and every lesson's), which travel with the
    /// practice panel's code.
    pub fn practice(&self) -> &'static practice::PracticeText {
        match self.lang {
            Lang::En => &practice::EN,
            Lang::Zh => &practice::ZH,
        }
    }
}

impl Ui {
    /// The short name of `unit`, written after a number.
    pub fn unit_name(&self, unit: crate::math::Unit) -> &'static str {
        match unit {
            crate::math::Unit::Nats => self.nats,
            crate::math::Unit::Bits => self.bits,
        }
    }
}

/// The title, table-of-contents label and bridge sentence of one course step.
#[derive(Debug)]
pub struct ViewText {
    /// The heading of the view.
    pub title: &'static str,
    /// One line saying how this step follows from the one before.
    pub bridge: &'static str,
}

/// Where the reader is in the course, for [`Ui::progress`].
#[derive(Debug)]
pub struct Progress {
    /// The current step, counted from 1.
    pub step: usize,
    /// The number of steps in the course.
    pub steps: usize,
}

/// The range a number field accepts, for [`Ui::enter_number_between`].
#[derive(Debug)]
pub struct NumberRange {
    pub min: f64,
    pub max: f64,
}

/// Strings of the course shell, shared controls and messages.
#[derive(Debug)]
pub struct Ui {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub start_intro: &'static str,
    pub contents: &'static str,
    pub start_course: &'static str,
    pub nav_label: &'static str,
    pub nav_prev: &'static str,
    pub nav_next: &'static str,
    /// "Step {step} of {steps}".
    pub progress: fn(&Progress) -> String,
    pub settings_label: &'static str,
    pub unit_label: &'static str,
    pub unit_nats: &'static str,
    pub unit_bits: &'static str,
    /// The unit's short name after a number: "nats" / "bits".
    pub nats: &'static str,
    pub bits: &'static str,
    pub lang_label: &'static str,
    pub theme_label: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub permalink: &'static str,
    pub permalink_copied: &'static str,
    pub embed_code: &'static str,
    pub embed_code_copied: &'static str,
    pub embed_code_label: &'static str,
    pub embed_frame_title: fn(&str) -> String,
    pub embed_parent_script_note: &'static str,
    pub copy_failed: &'static str,
    /// "Enter a number between {min} and {max}."
    pub enter_number_between: fn(&NumberRange) -> String,
    pub open_in_lab: &'static str,
    pub input_error_heading: &'static str,
    pub input_note_heading: &'static str,
    /// Why a URL parameter was not used, or what was done to it.
    pub describe_issue: fn(&Issue) -> String,
    /// A math error as a sentence for the learner.
    pub describe_math_error: fn(&MathError) -> String,
    pub infinity_reason_zero_probability: &'static str,
    pub export_png: &'static str,
    pub export_svg: &'static str,
    pub export_csv: &'static str,
    pub export_label: fn(&str) -> String,
    pub add_outcome: &'static str,
    pub remove_outcome: &'static str,
    pub add_sample: &'static str,
    pub remove_sample: &'static str,
    pub preset_label: &'static str,
    pub preset_choose: &'static str,
    pub outcome: &'static str,
    pub probability: &'static str,
    pub sum: &'static str,
    pub chart_alt_prefix: &'static str,
    pub panic_message: &'static str,
    /// A lesson's code could not be fetched.
    pub lesson_load_failed: &'static str,
    /// The practice panel's code could not be fetched.
    pub practice_load_failed: &'static str,
    /// The code of a lesson's lower part (tables, charts, exports) could not be fetched.
    pub part_load_failed: &'static str,
    /// The table of contents' count of practice questions answered right, for a screen
    /// reader: "{n} answered right".
    pub practice_count: fn(usize) -> String,
    pub retry: &'static str,
    pub course_summary_title: &'static str,
    pub course_summary: [&'static str; 3],
    pub skip_to_content: &'static str,
}

/// The parts both batch lessons share (the class names, the sample cards, the table and the
/// chart's axes); they live in [`SingleLabelText::editor`] and [`MultiLabelText::editor`].
#[derive(Debug)]
pub struct BatchEditorText {
    pub classes_legend: &'static str,
    /// "Name of class {i}" for the 1-based class number i.
    pub class_name_label: fn(usize) -> String,
    /// The name a new class gets, from its 1-based number.
    pub new_class_name: fn(usize) -> String,
    /// The names of n classes while no link or reader has named them: the course's three
    /// animals first, then numbered classes.
    pub default_names: fn(usize) -> Vec<String>,
    pub name_required: &'static str,
    pub add_class: &'static str,
    pub remove_class: &'static str,
    pub add_sample: &'static str,
    pub remove_sample: &'static str,
    /// "Sample {j}" for the 1-based sample number j.
    pub sample_legend: fn(usize) -> String,
    /// "m = {samples} samples, n = {classes} classes".
    pub batch_size: fn(&BatchSize) -> String,
    pub input_kind_label: &'static str,
    pub input_prob: &'static str,
    pub sample_column: &'static str,
    pub x_axis: &'static str,
    /// The y axis title for a unit name: "loss (nats)".
    pub y_axis: fn(&str) -> String,
    /// One bar of the chart's text alternative: "sample {sample}: {value}".
    pub sample_item: fn(&SampleItem) -> String,
    pub double_sum_heading: &'static str,
    pub table_caption: &'static str,
    /// A label with a unit after it: "Loss (nats)".
    pub in_unit: fn(&InUnit) -> String,
}

/// The shape of a batch, for [`BatchEditorText::batch_size`].
#[derive(Debug)]
pub struct BatchSize {
    /// m, the number of samples.
    pub samples: usize,
    /// n, the number of classes (nodes).
    pub classes: usize,
}

/// One sample's value in a chart's text alternative, for [`BatchEditorText::sample_item`].
#[derive(Debug)]
pub struct SampleItem<'a> {
    /// The 1-based sample number.
    pub sample: usize,
    /// The value, already rounded.
    pub value: &'a str,
}

/// A label followed by its unit, for [`BatchEditorText::in_unit`].
#[derive(Debug)]
pub struct InUnit<'a> {
    pub label: &'a str,
    pub unit: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The struct makes a missing key a compile error; this catches a key left empty.
    #[test]
    fn no_string_is_empty_in_either_language() {
        for lang in [Lang::En, Lang::Zh] {
            let s = strings(lang);
            let dump = format!(
                "{s:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                s.information(),
                s.entropy(),
                s.binary_entropy(),
                s.kl(),
                s.cross_entropy(),
                s.mse_vs_ce(),
                s.single_label(),
                s.multi_label(),
                s.practice()
            );
            assert!(
                !dump.contains("\"\""),
                "{lang:?} has an empty string: {dump}"
            );
        }
    }

    #[test]
    fn chinese_is_not_a_copy_of_english() {
        let en = strings(Lang::En);
        let zh = strings(Lang::Zh);
        for view in crate::state::ViewId::ALL {
            let (e, z) = (en.view_text(view), zh.view_text(view));
            assert_ne!(e.title, z.title);
            assert_ne!(e.bridge, z.bridge);
        }
        assert_ne!(en.information().intro, zh.information().intro);
        assert_ne!(en.multi_label().intro, zh.multi_label().intro);
    }

    #[test]
    fn message_functions_fill_in_their_numbers() {
        for lang in [Lang::En, Lang::Zh] {
            let s = strings(lang);
            let progress = (s.ui.progress)(&Progress { step: 3, steps: 8 });
            assert!(
                progress.contains('3') && progress.contains('8'),
                "{progress}"
            );
            let text = (s.ui.describe_math_error)(&MathError::NotNormalised { sum: 1.25 });
            assert!(text.contains("1.25"), "{text}");
        }
    }
}
