//! The words of the `binary-entropy` practice questions.

/// The `binary-entropy` practice strings of one language.
#[derive(Debug)]
pub struct BinaryEntropyPractice {}

pub const EN: BinaryEntropyPractice = BinaryEntropyPractice {};

pub const ZH: BinaryEntropyPractice = BinaryEntropyPractice {};
