//! Parts every lesson shows the same way: the example menu, a readout card and an optional
//! sentence.
//!
//! Each part is one non-generic component, so the lessons share a single copy of its rendering
//! code in the bundle instead of one per lesson (a `move ||` closure in a view is a type of its
//! own, and every such type gets its own rendering code).

use leptos::prelude::*;

use crate::components::prefs::{use_strings, use_unit};
use crate::components::readout::Readout;
use crate::i18n::Strings;
use crate::math::MathError;

/// A static text of the current language, picked from the string table: the one way a view
/// reads a translated string, e.g. `text(|s| s.entropy.intro)`. Texts that carry numbers are
/// message functions instead, called inside a `Signal::derive` or `Memo` with `use_strings()`.
pub fn text(pick: fn(&Strings) -> &'static str) -> Signal<&'static str> {
    let strings = use_strings();
    Signal::derive(move || pick(strings.get()))
}

/// A static text of the current language while `when` holds, `None` otherwise: the text of a
/// [`Note`] that appears only in some states (e.g. at p = 0).
pub fn text_when(when: Signal<bool>, pick: fn(&Strings) -> &'static str) -> Signal<Option<String>> {
    let strings = use_strings();
    Signal::derive(move || when.get().then(|| pick(strings.get()).to_string()))
}

pub use super::preset::PresetLabel;

/// The labels of a preset menu's examples, given as (label, example) pairs, in the current
/// language.
pub fn preset_labels<T: Sync>(presets: &'static [(PresetLabel, T)]) -> Signal<Vec<&'static str>> {
    let strings = use_strings();
    Signal::derive(move || {
        let s = strings.get();
        presets.iter().map(|(label, _)| label(s)).collect()
    })
}

/// The example menu (`data-testid="preset"`): choosing entry i calls `on_select(i)`.
///
/// The menu names the example only while the lesson still shows it: once the reader moves a
/// control away from it (`is_current(i)` turns false), the menu goes back to its placeholder,
/// so it never claims an example the page no longer shows. Until the reader chooses, it shows
/// the placeholder even when a link happens to hold an example's values.
#[component]
pub fn PresetSelect(
    labels: Signal<Vec<&'static str>>,
    on_select: Callback<usize>,
    /// Whether the lesson's values are still those example i set.
    is_current: Callback<usize, bool>,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<usize>);
    let shown_value = move || {
        chosen
            .get()
            .filter(|&i| is_current.run(i))
            .map(|i| i.to_string())
            .unwrap_or_default()
    };
    view! {
        <label class="select-label">
            <span class="preset-label">{text(|s| s.ui.preset_label)}</span>
            " "
            <select
                data-testid="preset"
                prop:value=shown_value
                on:input=move |e| {
                    if let Ok(index) = event_target_value(&e).parse::<usize>() {
                        chosen.set(Some(index));
                        on_select.run(index);
                    }
                }
            >
                <option value="" selected>{text(|s| s.ui.preset_choose)}</option>
                {move || {
                    labels
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, label)| view! { <option value=i.to_string()>{label}</option> })
                        .collect_view()
                }}
            </select>
        </label>
    }
}

/// A readout card: the quantity's name, its value (a `data-quantity` readout, rounded for
/// reading, full precision in `data-value`) and, after it, the unit.
#[component]
pub fn ReadoutCard(
    label: Signal<&'static str>,
    /// The contract's quantity name.
    quantity: &'static str,
    #[prop(into)] value: Signal<Result<f64, MathError>>,
    /// The lesson's headline number, drawn larger.
    #[prop(optional)]
    main: bool,
    /// What follows the value instead of the unit, e.g. "steps".
    #[prop(optional)]
    suffix: Option<Signal<&'static str>>,
    /// Nothing follows the value: it is a probability, or always in nats (the page says so).
    #[prop(optional)]
    bare: bool,
    /// Digits after the point in the visible text.
    #[prop(default = 4)]
    decimals: usize,
) -> impl IntoView {
    let strings = use_strings();
    let unit = use_unit();
    let suffix = (!bare).then(|| {
        let text = move || match suffix {
            Some(suffix) => suffix.get(),
            None => strings.get().ui.unit_name(unit.get()),
        };
        view! { <span class="unit-suffix">{text}</span> }
    });
    view! {
        <p class="readout-card" class:readout-main=main>
            <span class="name">{label}</span>
            <Readout quantity=quantity value=value decimals=decimals />
            {suffix}
        </p>
    }
}

/// A paragraph shown while `text` is `Some`. Every optional sentence goes through this one
/// component, so each costs a signal rather than another copy of `Show`.
///
/// The paragraph is built when the text appears and removed when it goes; while it stays, a
/// new text only replaces its text node (rebuilding it would write its attributes again on
/// every slider move).
#[component]
pub fn Note(
    text: Signal<Option<String>>,
    #[prop(default = "note")] class: &'static str,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    let shown = Memo::new(move |_| text.with(Option::is_some));
    move || {
        shown.get().then(|| {
            view! {
                <p class=class data-testid=testid>
                    {move || text.get().unwrap_or_default()}
                </p>
            }
        })
    }
}

/// Pieces of text, one `<span class=class>` each, each followed by `separator`. The spans are
/// built again only when their number changes; otherwise each span's text is updated in place.
pub fn text_spans(
    pieces: Signal<Vec<String>>,
    class: &'static str,
    separator: &'static str,
) -> impl IntoView {
    let pieces = Memo::new(move |_| pieces.get());
    let count = Memo::new(move |_| pieces.with(Vec::len));
    move || {
        (0..count.get())
            .map(|i| {
                let piece = move || pieces.with(|p| p.get(i).cloned().unwrap_or_default());
                view! { <span class=class>{piece}</span>{separator} }
            })
            .collect_view()
    }
}
