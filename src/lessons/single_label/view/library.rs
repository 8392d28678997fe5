//! What the libraries expect: PyTorch's and Keras' inputs, and the batch loss a softmax applied
//! twice would report beside the right one.

use leptos::prelude::*;

use super::Batch;
use crate::components::format::full_precision;
use crate::components::{shown, use_strings};
use crate::lessons::kit::text;
use crate::lessons::single_label::model::double_softmax_loss;
use crate::state::InputKind;

/// The section on PyTorch's `nn.CrossEntropyLoss` and Keras' categorical cross-entropies, then
/// the doubled softmax for this batch: the right batch loss (plain text: the `batch_loss`
/// quantity is the readout above) and the doubled one (`data-testid="double-softmax-loss"`,
/// full precision in `data-value`), both means over the batch in the reader's unit.
#[component]
pub(super) fn LibraryNotes(batch: Batch) -> impl IntoView {
    let strings = use_strings();
    let doubled = Memo::new(move |_| {
        let unit = batch.unit.get();
        batch.state.with(|s| double_softmax_loss(s, unit))
    });
    let how = move || {
        let t = &strings.get().single_label().library;
        match batch.state.with(|s| s.input) {
            InputKind::Logit => t.double_logit,
            InputKind::Prob => t.double_prob,
        }
    };
    let doubled_text = move || shown(&doubled.get());
    let doubled_value = move || doubled.get().map(full_precision).unwrap_or_default();
    let right_text = move || shown(&batch.batch_loss.get());
    view! {
        <section class="library-notes" aria-labelledby="single-label-library">
            <h2 id="single-label-library">{text(|s| s.single_label().library.heading)}</h2>
            <p>{text(|s| s.single_label().library.pytorch)}</p>
            <p>{text(|s| s.single_label().library.keras)}</p>
            <div class="callout double-softmax" role="note">
                <h3>{text(|s| s.single_label().library.double_heading)}</h3>
                <p>{how}</p>
                <div class="readouts">
                    <p class="readout-card">
                        <span class="name">{text(|s| s.single_label().library.right_label)}</span>
                        <span class="readout">{right_text}</span>
                        <span class="unit-suffix">{batch.unit_name}</span>
                    </p>
                    <p class="readout-card double-softmax-card">
                        <span class="name">{text(|s| s.single_label().library.double_label)}</span>
                        <span class="readout" data-testid="double-softmax-loss" data-value=doubled_value>
                            {doubled_text}
                        </span>
                        <span class="unit-suffix">{batch.unit_name}</span>
                    </p>
                </div>
                <p class="note">{text(|s| s.single_label().library.double_why)}</p>
            </div>
        </section>
    }
}
