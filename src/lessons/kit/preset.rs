//! What an example of a preset menu is, as plain Rust: lesson models name their examples'
//! labels with it, and the menu itself ([`super::PresetSelect`]) shows them.

use crate::i18n::Strings;

/// How an example of a preset menu finds its label in the string table.
pub type PresetLabel = fn(&Strings) -> &'static str;
