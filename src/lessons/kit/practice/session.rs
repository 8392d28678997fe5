//! The practice state every view shares: the seed of the draws and the reader's progress,
//! kept in `localStorage` when the browser allows it and in memory when it does not (private
//! windows, embeds with storage blocked), so the page works the same either way.

use leptos::prelude::*;

use super::progress::{Progress, STORAGE_KEY};
use crate::components::use_prefs;

/// The practice context, provided once by the course shell.
#[derive(Clone, Copy)]
pub struct PracticeSession {
    /// The seed drawn for this page when the link names none; kept out of links.
    pub page_seed: u64,
    /// Which questions were answered right.
    pub progress: RwSignal<Progress>,
    /// Whether the browser keeps the progress between visits.
    pub stored: bool,
}

fn storage() -> Option<web_sys::Storage> {
    // Reading `localStorage` itself throws where storage is blocked.
    window().local_storage().ok().flatten()
}

/// A fresh seed in 1..=999 999: short enough to read out in a class.
pub fn fresh_seed(not: u64) -> u64 {
    loop {
        let seed = (js_sys::Math::random() * 999_999.0) as u64 + 1;
        if seed != not {
            return seed;
        }
    }
}

/// Creates the practice context: a page seed and the stored progress.
pub fn provide_practice_session() {
    let stored_text = storage().map(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let session = PracticeSession {
        page_seed: fresh_seed(0),
        progress: RwSignal::new(Progress::parse(
            stored_text.clone().flatten().as_deref().unwrap_or(""),
        )),
        stored: stored_text.is_some(),
    };
    provide_context(session);
}

impl PracticeSession {
    /// The seed of the draws: the link's `practice_seed`, else the page's own.
    pub fn seed(&self) -> u64 {
        use_prefs().practice_seed.get().unwrap_or(self.page_seed)
    }

    /// Notes a right answer and keeps it, if the browser lets the page.
    pub fn record(&self, view: &str, seed: u64, k: usize) {
        let mut changed = false;
        self.progress
            .update(|progress| changed = progress.record(view, seed, k));
        if changed {
            self.save();
        }
    }

    /// Forgets every right answer, here and in storage.
    pub fn reset(&self) {
        self.progress.set(Progress::default());
        if let Some(storage) = storage() {
            let _ = storage.remove_item(STORAGE_KEY);
        }
    }

    fn save(&self) {
        if let Some(storage) = storage() {
            // A full or refused storage keeps the progress in memory only.
            let _ = storage.set_item(
                STORAGE_KEY,
                &self.progress.with_untracked(Progress::to_text),
            );
        }
    }
}

/// The shared practice context; panics only outside the course shell.
pub fn use_practice_session() -> PracticeSession {
    expect_context::<PracticeSession>()
}
