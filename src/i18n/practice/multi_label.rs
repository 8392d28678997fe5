//! The words of the `multi-label` practice questions.

/// The `multi-label` practice strings of one language.
#[derive(Debug)]
pub struct MultiLabelPractice {}

pub const EN: MultiLabelPractice = MultiLabelPractice {};

pub const ZH: MultiLabelPractice = MultiLabelPractice {};
