//! The words of the `entropy` practice questions.

/// The `entropy` practice strings of one language.
#[derive(Debug)]
pub struct EntropyPractice {}

pub const EN: EntropyPractice = EntropyPractice {};

pub const ZH: EntropyPractice = EntropyPractice {};
