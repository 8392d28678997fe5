//! The reader's settings (language, unit, theme, embedding), shared through context.

use leptos::prelude::*;

use crate::i18n::{self, Strings};
use crate::math::Unit;
use crate::state::{Lang, Settings, Theme};

/// Read access to the settings, provided by the course shell.
#[derive(Clone, Copy)]
pub struct Prefs {
    /// The language the reader chose in the link or the switch, if any.
    pub lang_choice: RwSignal<Option<Lang>>,
    /// The language in effect: the choice, else the browser's.
    pub lang: Memo<Lang>,
    pub unit: RwSignal<Unit>,
    /// The theme the reader chose, if any.
    pub theme_choice: RwSignal<Option<Theme>>,
    /// The theme in effect: the choice, else the system's.
    pub theme: Memo<Theme>,
    /// The system's colour scheme, followed while no theme is chosen.
    pub system_theme: RwSignal<Theme>,
    pub embed: bool,
    /// The link's `practice_seed`; `None` while the page uses a seed of its own.
    pub practice_seed: RwSignal<Option<u64>>,
    /// `practice=0`: the practice sections are left out.
    pub practice_hidden: bool,
}

impl Prefs {
    /// The settings as they go into a link.
    pub fn settings(&self) -> Settings {
        Settings {
            lang: self.lang_choice.get(),
            unit: self.unit.get(),
            theme: self.theme_choice.get(),
            embed: self.embed,
            practice_seed: self.practice_seed.get(),
            practice_hidden: self.practice_hidden,
        }
    }
}

/// The shared settings; panics only if a component is used outside the course shell.
pub fn use_prefs() -> Prefs {
    expect_context::<Prefs>()
}

/// The string table of the current language, tracked.
pub fn use_strings() -> Signal<&'static Strings> {
    let prefs = use_prefs();
    Signal::derive(move || i18n::strings(prefs.lang.get()))
}

/// The current unit, tracked.
pub fn use_unit() -> Signal<Unit> {
    let prefs = use_prefs();
    prefs.unit.into()
}
