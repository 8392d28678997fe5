//! The words of the `mse-vs-ce` practice questions.

/// The `mse-vs-ce` practice strings of one language.
#[derive(Debug)]
pub struct MseVsCePractice {}

pub const EN: MseVsCePractice = MseVsCePractice {};

pub const ZH: MseVsCePractice = MseVsCePractice {};
