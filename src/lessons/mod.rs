//! One file per course step. Adding a lesson: one file here, one arm in [`lesson`], one entry
//! in `ViewId::ALL`.
mod binary_entropy;
mod cross_entropy;
mod entropy;
mod information;
mod kl;
mod mse_vs_ce;
mod multi_label;
mod single_label;

use leptos::prelude::*;

use crate::state::ViewId;

/// The lesson of a view. `into_any` at this boundary keeps each lesson's view type from
/// multiplying generic code through the shell.
pub fn lesson(view: ViewId) -> AnyView {
    match view {
        ViewId::Information => information::InformationLesson().into_any(),
        ViewId::Entropy => entropy::EntropyLesson().into_any(),
        ViewId::BinaryEntropy => binary_entropy::BinaryEntropyLesson().into_any(),
        ViewId::Kl => kl::KlLesson().into_any(),
        ViewId::CrossEntropy => cross_entropy::CrossEntropyLesson().into_any(),
        ViewId::MseVsCe => mse_vs_ce::MseVsCeLesson().into_any(),
        ViewId::SingleLabel => single_label::SingleLabelLesson().into_any(),
        ViewId::MultiLabel => multi_label::MultiLabelLesson().into_any(),
    }
}
