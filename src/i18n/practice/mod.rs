//! The words of the practice questions: the panel's own ([`ui`]) and each lesson's templates,
//! one file per lesson, each with its English and Chinese table.

pub mod binary_entropy;
pub mod cross_entropy;
pub mod entropy;
pub mod information;
pub mod kl;
pub mod mse_vs_ce;
pub mod multi_label;
pub mod single_label;
pub mod ui;

/// Every practice string of one language.
#[derive(Debug)]
pub struct PracticeText {
    pub ui: ui::PracticeUi,
    pub information: information::InformationPractice,
    pub entropy: entropy::EntropyPractice,
    pub binary_entropy: binary_entropy::BinaryEntropyPractice,
    pub kl: kl::KlPractice,
    pub cross_entropy: cross_entropy::CrossEntropyPractice,
    pub mse_vs_ce: mse_vs_ce::MseVsCePractice,
    pub single_label: single_label::SingleLabelPractice,
    pub multi_label: multi_label::MultiLabelPractice,
}

pub static EN: PracticeText = PracticeText {
    ui: ui::EN,
    information: information::EN,
    entropy: entropy::EN,
    binary_entropy: binary_entropy::EN,
    kl: kl::EN,
    cross_entropy: cross_entropy::EN,
    mse_vs_ce: mse_vs_ce::EN,
    single_label: single_label::EN,
    multi_label: multi_label::EN,
};

pub static ZH: PracticeText = PracticeText {
    ui: ui::ZH,
    information: information::ZH,
    entropy: entropy::ZH,
    binary_entropy: binary_entropy::ZH,
    kl: kl::ZH,
    cross_entropy: cross_entropy::ZH,
    mse_vs_ce: mse_vs_ce::ZH,
    single_label: single_label::ZH,
    multi_label: multi_label::ZH,
};
