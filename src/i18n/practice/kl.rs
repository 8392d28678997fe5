//! The words of the `kl` practice questions.

/// The `kl` practice strings of one language.
#[derive(Debug)]
pub struct KlPractice {}

pub const EN: KlPractice = KlPractice {};

pub const ZH: KlPractice = KlPractice {};
