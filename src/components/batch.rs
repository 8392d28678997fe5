//! What the two batch lessons (single-label, multi-label) share: the class-name editor with
//! its add/remove-class buttons, the add/remove-sample buttons, the input-kind switch, and the
//! pieces of their written-out double sums.

use leptos::html::Input;
use leptos::prelude::*;

use super::format::rounded;
use crate::i18n::BatchEditorText;
use crate::state::{InputKind, MAX_CLASSES, MAX_SAMPLES, MIN_CLASSES};

/// The longest class name the editor takes, in UTF-16 units (names travel in every link).
pub const MAX_CLASS_NAME_LEN: usize = 40;

/// The name of a new class: the first `name_for(k)`, k = n + 1, n + 2, …, that no class has yet.
pub fn new_class_name(existing: &[String], name_for: fn(usize) -> String) -> String {
    (existing.len() + 1..)
        .map(name_for)
        .find(|name| !existing.contains(name))
        .unwrap_or_default()
}

/// The chart's text alternative for a list of per-sample values: "sample 1: 0.5108; …".
pub fn sample_items(editor: &BatchEditorText, values: &[f64]) -> String {
    values
        .iter()
        .enumerate()
        .map(|(j, &value)| (editor.sample_item)(j + 1, &rounded(value)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One class's name field. The state holds the trimmed name; the field keeps what the reader
/// typed (so "big " keeps its space while "big cat" is typed). An empty name is refused: the
/// previous one stays in the state, and the field gets it back when the reader leaves it.
#[component]
fn ClassNameField(
    index: usize,
    classes: Signal<Vec<String>>,
    on_rename: Callback<(usize, String)>,
    editor: Signal<&'static BatchEditorText>,
) -> impl IntoView {
    let field = NodeRef::<Input>::new();
    let invalid = RwSignal::new(false);
    let name = move || classes.with(|c| c.get(index).cloned().unwrap_or_default());
    let shown_value = move || {
        let name = name();
        match field.get_untracked() {
            Some(input) if input.value().trim() == name => input.value(),
            _ => name,
        }
    };
    let id = format!("class-name-{index}");
    view! {
        <div class="class-name">
            <label for=id.clone()>{move || (editor.get().class_name_label)(index + 1)}</label>
            <input
                type="text"
                id=id.clone()
                data-testid=id
                node_ref=field
                maxlength=MAX_CLASS_NAME_LEN
                autocomplete="off"
                spellcheck="false"
                aria-invalid=move || invalid.get().to_string()
                prop:value=shown_value
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    let trimmed = text.trim();
                    invalid.set(trimmed.is_empty());
                    if !trimmed.is_empty() {
                        on_rename.run((index, trimmed.to_string()));
                    }
                }
                on:change=move |_| {
                    if let Some(input) = field.get_untracked() {
                        if input.value().trim().is_empty() {
                            input.set_value(&name());
                            invalid.set(false);
                        }
                    }
                }
            />
            <span class="field-error" role="status" hidden=move || !invalid.get()>
                {move || editor.get().name_required}
            </span>
        </div>
    }
}

/// The class names as text fields, with the add-outcome / remove-outcome buttons (a new class
/// is appended, the last one removed). Names are shown as text everywhere, never as markup.
#[component]
pub fn ClassNameEditor(
    #[prop(into)] classes: Signal<Vec<String>>,
    on_rename: Callback<(usize, String)>,
    on_add: Callback<()>,
    on_remove: Callback<()>,
    #[prop(into)] editor: Signal<&'static BatchEditorText>,
) -> impl IntoView {
    let count = move || classes.with(Vec::len);
    view! {
        <fieldset class="class-names">
            <legend>{move || editor.get().classes_legend}</legend>
            <div class="class-name-list">
                <For each=move || 0..count() key=|i| *i let:i>
                    <ClassNameField index=i classes=classes on_rename=on_rename editor=editor />
                </For>
            </div>
            <div class="controls-row">
                <button
                    type="button"
                    data-testid="add-outcome"
                    disabled=move || { count() >= MAX_CLASSES }
                    on:click=move |_| on_add.run(())
                >
                    {move || editor.get().add_class}
                </button>
                <button
                    type="button"
                    data-testid="remove-outcome"
                    disabled=move || { count() <= MIN_CLASSES }
                    on:click=move |_| on_remove.run(())
                >
                    {move || editor.get().remove_class}
                </button>
            </div>
        </fieldset>
    }
}

/// The add-sample / remove-sample buttons and the batch's size, "m = 2 samples, n = 3 classes".
#[component]
pub fn SampleButtons(
    #[prop(into)] samples: Signal<usize>,
    #[prop(into)] classes: Signal<usize>,
    on_add: Callback<()>,
    on_remove: Callback<()>,
    #[prop(into)] editor: Signal<&'static BatchEditorText>,
) -> impl IntoView {
    view! {
        <div class="controls-row sample-buttons">
            <button
                type="button"
                data-testid="add-sample"
                disabled=move || { samples.get() >= MAX_SAMPLES }
                on:click=move |_| on_add.run(())
            >
                {move || editor.get().add_sample}
            </button>
            <button
                type="button"
                data-testid="remove-sample"
                disabled=move || { samples.get() <= 1 }
                on:click=move |_| on_remove.run(())
            >
                {move || editor.get().remove_sample}
            </button>
            <span class="batch-size">{move || (editor.get().batch_size)(samples.get(), classes.get())}</span>
        </div>
    }
}

/// The `input-kind` select: probabilities or logits (the lesson says what it applies to logits).
#[component]
pub fn InputKindSelect(
    #[prop(into)] kind: Signal<InputKind>,
    on_change: Callback<InputKind>,
    #[prop(into)] editor: Signal<&'static BatchEditorText>,
    /// The logit option's text, e.g. "logits (a softmax is applied)".
    #[prop(into)]
    logit_label: Signal<&'static str>,
) -> impl IntoView {
    view! {
        <label class="select-label">
            <span>{move || editor.get().input_kind_label}</span>
            " "
            <select
                data-testid="input-kind"
                on:input=move |ev| {
                    if let Some(kind) = InputKind::parse(&event_target_value(&ev)) {
                        on_change.run(kind);
                    }
                }
            >
                <option value="prob" prop:selected=move || kind.get() == InputKind::Prob>
                    {move || editor.get().input_prob}
                </option>
                <option value="logit" prop:selected=move || kind.get() == InputKind::Logit>
                    {move || logit_label.get()}
                </option>
            </select>
        </label>
    }
}

/// One term `weight·log value` of a written-out sum, greyed when its weight is 0 (the term is
/// then 0 whatever the value). Weights are labels, 0 or 1.
pub fn weighted_log_term(weight: f64, log: &'static str, value: f64) -> impl IntoView {
    let text = format!("{weight}·{log} {}", rounded(value));
    view! { <span class="term" class:term-vanishes=weight == 0.0>{text}</span> }
}

/// MathML for `letter` with the subscript `ji` (sample j, class i).
pub fn math_ji(letter: &'static str) -> impl IntoView {
    view! {
        <msub>
            <mi>{letter}</mi>
            <mrow>
                <mi>"j"</mi>
                <mi>"i"</mi>
            </mrow>
        </msub>
    }
}

/// MathML for a sum sign over `index` = 1 .. `upper`.
pub fn math_sum(index: &'static str, upper: &'static str) -> impl IntoView {
    view! {
        <munderover>
            <mo>"∑"</mo>
            <mrow>
                <mi>{index}</mi>
                <mo>"="</mo>
                <mn>"1"</mn>
            </mrow>
            <mi>{upper}</mi>
        </munderover>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbered(i: usize) -> String {
        format!("class {i}")
    }

    #[test]
    fn a_new_class_name_is_not_taken() {
        let names: Vec<String> = ["cat", "frog", "mouse"].map(String::from).to_vec();
        assert_eq!(new_class_name(&names, numbered), "class 4");
        let names: Vec<String> = ["class 3", "class 4", "x"].map(String::from).to_vec();
        assert_eq!(new_class_name(&names, numbered), "class 5");
    }
}
