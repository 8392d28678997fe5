//! What the two batch lessons (single-label, multi-label) share: the class-name editor with
//! its add/remove-class buttons, the add/remove-sample buttons, the input-kind switch, and the
//! pieces of their written-out double sums.

use leptos::html::Input;
use leptos::prelude::*;

use crate::i18n::BatchSize;

use super::batch_model::{
    entry_at, BatchState, Example, LogitSlider, ProbabilitySlider, SliderMessages, LOGIT_LIMIT,
    MAX_CLASS_NAME_LEN,
};
use super::parts::{Note, PresetSelect};
use crate::components::controls::NumberSlider;
use crate::components::format::rounded;
use crate::components::prefs::use_strings;
use crate::components::readout::shown;
use crate::i18n::{BatchEditorText, Strings};
use crate::math::MathError;
use crate::state::{shortest, InputKind, MAX_CLASSES, MAX_SAMPLES, MIN_CLASSES};

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
            <span class="batch-size">{move || (editor.get().batch_size)(&BatchSize { samples: samples.get(), classes: classes.get() })}</span>
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

/// The edits a batch lesson makes to its state, one callback each, so [`BatchControls`] is one
/// piece of code for both lessons rather than a generic copy per state type.
#[derive(Clone, Copy)]
pub struct BatchEdits {
    /// Example i of the preset menu.
    pub preset: Callback<usize>,
    /// Whether the state is still what example i set.
    pub is_preset: Callback<usize, bool>,
    pub input_kind: Callback<InputKind>,
    pub rename_class: Callback<(usize, String)>,
    pub add_class: Callback<()>,
    pub remove_class: Callback<()>,
    pub add_sample: Callback<()>,
    pub remove_sample: Callback<()>,
}

impl BatchEdits {
    /// The edits of `state`: `examples` are the preset menu's, and a new class is named by the
    /// editor's `new_class_name`.
    pub fn new<S: BatchState>(
        state: RwSignal<S>,
        examples: &'static [Example<S>],
        editor: Signal<&'static BatchEditorText>,
    ) -> BatchEdits {
        let example = |i: usize| examples.get(i).map(|(_, example)| example());
        let update = move |edit: fn(&mut S)| Callback::new(move |()| state.update(edit));
        BatchEdits {
            preset: Callback::new(move |i: usize| {
                if let Some(example) = example(i) {
                    state.update(|s| *s = s.with_example(example));
                }
            }),
            is_preset: Callback::new(move |i: usize| {
                example(i).is_some_and(|example| state.with(|s| *s == s.with_example(example)))
            }),
            input_kind: Callback::new(move |kind| state.update(|s| s.set_input_kind(kind))),
            rename_class: Callback::new(move |(i, name)| {
                let default_names = editor.get_untracked().default_names;
                state.update(|s| s.rename_class(i, name, default_names))
            }),
            add_class: Callback::new(move |()| {
                let name_for = editor.get_untracked().new_class_name;
                state.update(|s| s.add_class(name_for))
            }),
            remove_class: update(S::remove_class),
            add_sample: update(S::add_sample),
            remove_sample: update(S::remove_sample),
        }
    }
}

/// The controls of a batch lesson, top to bottom: the example menu and the input-kind switch,
/// the note on logits, the class names, the sample buttons and one card per sample.
#[component]
pub fn BatchControls(
    edits: BatchEdits,
    preset_labels: Signal<Vec<&'static str>>,
    #[prop(into)] input: Signal<InputKind>,
    /// The logit option's text, e.g. "logits (a softmax is applied)".
    logit_label: Signal<&'static str>,
    /// What the lesson does to logits, shown while the input is logits.
    logit_note: Signal<&'static str>,
    #[prop(into)] classes: Signal<Vec<String>>,
    #[prop(into)] samples: Signal<usize>,
    #[prop(into)] editor: Signal<&'static BatchEditorText>,
    /// The card of sample j with its controls and loss.
    sample_card: Callback<usize, AnyView>,
) -> impl IntoView {
    let class_count = Signal::derive(move || classes.with(Vec::len));
    let note = Signal::derive(move || {
        (input.get() == InputKind::Logit).then(|| logit_note.get().to_string())
    });
    view! {
        <div class="controls-row">
            <PresetSelect labels=preset_labels on_select=edits.preset is_current=edits.is_preset />
            <InputKindSelect
                kind=input
                on_change=edits.input_kind
                editor=editor
                logit_label=logit_label
            />
        </div>
        <Note text=note />
        <ClassNameEditor
            classes=classes
            on_rename=edits.rename_class
            on_add=edits.add_class
            on_remove=edits.remove_class
            editor=editor
        />
        <SampleButtons
            samples=samples
            classes=class_count
            on_add=edits.add_sample
            on_remove=edits.remove_sample
            editor=editor
        />
        <div class="sample-grid">
            <For each=move || 0..samples.get() key=|j| *j let:j>
                {sample_card.run(j)}
            </For>
        </div>
    }
}

/// What a screen reader says for a slider: with `logit`, the logit and the probability
/// `reading.probability` it gives; without, the probability.
fn slider_valuetext(
    messages: SliderMessages,
    reading: &ProbabilitySlider,
    logit: Option<&str>,
) -> String {
    match logit {
        None => (messages.probability)(reading),
        Some(logit) => (messages.logit)(&LogitSlider {
            sample: reading.sample,
            class: reading.class,
            logit,
            probability: reading.probability,
        }),
    }
}

/// What the prediction sliders of a batch lesson read and write.
#[derive(Clone, Copy)]
pub struct Predictions {
    pub input: Memo<InputKind>,
    /// The rows as the state holds them: probabilities, or logits.
    pub entries: Memo<Vec<Vec<f64>>>,
    /// The probabilities the rows stand for.
    pub probabilities: Memo<Result<Vec<Vec<f64>>, MathError>>,
    pub class_names: Memo<Vec<String>>,
    /// Moves entry (sample, class) to a value.
    pub set: Callback<(usize, usize, f64)>,
    /// Where the sliders' messages are in the string table.
    pub texts: fn(&Strings) -> SliderMessages,
}

impl Predictions {
    /// The predictions of a batch lesson's `state`, read as `input` says; `texts` picks the
    /// lesson's slider messages.
    pub fn new<S: BatchState>(
        state: RwSignal<S>,
        input: Memo<InputKind>,
        probabilities: Memo<Result<Vec<Vec<f64>>, MathError>>,
        class_names: Memo<Vec<String>>,
        texts: fn(&Strings) -> SliderMessages,
    ) -> Predictions {
        Predictions {
            input,
            entries: Memo::new(move |_| state.with(|s| s.rows().to_vec())),
            probabilities,
            class_names,
            set: Callback::new(move |(j, i, x)| state.update(|s| s.set_prediction(j, i, x))),
            texts,
        }
    }
}

/// The slider of sample j, class i (`q-{j}-{i}`): a probability, or a logit on a wider range
/// with the probability it gives written under it. Rebuilt when the input kind changes, since
/// the slider's range changes with it.
#[component]
pub fn PredictionSlider(sample: usize, class: usize, predictions: Predictions) -> impl IntoView {
    let Predictions {
        input,
        entries,
        probabilities,
        class_names,
        set,
        texts,
    } = predictions;
    // Memos: a slider move changes one entry, and only what shows that entry reruns.
    let value = Memo::new(move |_| entries.with(|rows| entry_at(rows, sample, class)));
    let probability = Memo::new(move |_| {
        probabilities.with(|p| {
            p.as_deref()
                .map_or(0.0, |rows| entry_at(rows, sample, class))
        })
    });
    let class_name =
        Memo::new(move |_| class_names.with(|names| names.get(class).cloned().unwrap_or_default()));
    let on_input = Callback::new(move |x: f64| set.run((sample, class, x)));
    let strings = use_strings();
    let gives = Signal::derive(move || {
        (input.get() == InputKind::Logit)
            .then(|| (texts(strings.get()).gives)(&shown(&Ok(probability.get()))))
    });
    let slider = move || {
        let logits = input.get() == InputKind::Logit;
        let symbol = if logits { "z" } else { "q" };
        let label = Signal::derive(move || format!("{symbol}({})", class_name.get()));
        let valuetext = Signal::derive(move || {
            let (name, value) = (class_name.get(), shown(&Ok(value.get())));
            if logits {
                let reading = ProbabilitySlider {
                    sample: sample + 1,
                    class: &name,
                    probability: &shown(&Ok(probability.get())),
                };
                slider_valuetext(texts(strings.get()), &reading, Some(&value))
            } else {
                let reading = ProbabilitySlider {
                    sample: sample + 1,
                    class: &name,
                    probability: &value,
                };
                slider_valuetext(texts(strings.get()), &reading, None)
            }
        });
        let (min, max, step) = if logits {
            (-LOGIT_LIMIT, LOGIT_LIMIT, 0.01)
        } else {
            (0.0, 1.0, 0.001)
        };
        view! {
            <NumberSlider
                testid=format!("q-{sample}-{class}")
                label=label
                value=value
                on_input=on_input
                min=min
                max=max
                step=step
                valuetext=valuetext
            />
        }
    };
    view! {
        {slider}
        <Note text=gives class="entry-extra" />
    }
}

/// One term `weight·log value` of a written-out sum, greyed when its weight is 0 (the term is
/// then 0 whatever the value). Weights are labels, 0 or 1; the value is read when it changes.
pub fn weighted_log_term(
    weight: f64,
    log: &'static str,
    value: impl Fn() -> f64 + Send + Sync + 'static,
) -> impl IntoView {
    let weight_text = shortest(weight);
    let text = move || format!("{weight_text}·{log} {}", rounded(value()));
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
