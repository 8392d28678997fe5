//! The lesson kit: the parts every lesson shows the same way, so a lesson's view only arranges
//! them. One formula component ([`Formula`], MathML markup: the cheapest form in bytes), one
//! way to read translated text ([`text`], [`text_when`]), one readout card, one terms table,
//! one preset menu, one note; the probability controls of lessons 1-3; the batch editor of
//! lessons 7-8.
//!
//! Each part is one non-generic component, so the lessons share a single copy of its rendering
//! code in the bundle instead of one per lesson (a `move ||` closure in a view is a type of its
//! own, and every such type gets its own rendering code).
pub mod batch;
pub mod batch_model;
mod formula;
mod later;
mod pair;
mod parts;
pub mod practice;
mod preset;
mod probability;
pub mod terms_table;

pub use batch::{BatchControls, BatchEdits, ClassNameEditor, InputKindSelect, SampleButtons};
pub use formula::{log_markup, Formula};
pub use later::{lower_part, Later};
pub use pair::{DistributionsChart, FormulaLine, OutcomeButtons, PairSignals};
pub use parts::{
    preset_labels, text, text_spans, text_when, Note, PresetLabel, PresetSelect, ReadoutCard,
};
#[cfg(test)]
pub(crate) use probability::assert_presets_state_their_p;
pub use probability::{
    short_probability, table_csv, worked_table, ProbabilityControls, ProbabilityPreset, Row, Steps,
};
pub use terms_table::{TableColumn, TermsTable, TermsTableModel};
