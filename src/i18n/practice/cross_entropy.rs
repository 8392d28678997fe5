//! The words of the `cross-entropy` practice questions.

/// The `cross-entropy` practice strings of one language.
#[derive(Debug)]
pub struct CrossEntropyPractice {}

pub const EN: CrossEntropyPractice = CrossEntropyPractice {};

pub const ZH: CrossEntropyPractice = CrossEntropyPractice {};
