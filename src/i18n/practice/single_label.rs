//! The words of the `single-label` practice questions.

/// The `single-label` practice strings of one language.
#[derive(Debug)]
pub struct SingleLabelPractice {}

pub const EN: SingleLabelPractice = SingleLabelPractice {};

pub const ZH: SingleLabelPractice = SingleLabelPractice {};
