//! The mathematics of the course: pure Rust, std only, every function tested against the
//! reference cases in `tests/data/reference`.
//!
//! Every function checks its inputs and returns a [`MathError`] instead of panicking or
//! producing NaN. Conventions: 0 log 0 = 0; a zero probability under a positive weight gives
//! +infinity; quantities are computed in nats and converted with [`Unit`].
mod activation;
mod clamp;
mod curves;
mod distribution;
mod error;
mod info;
mod loss;
mod reduction;
mod train;
mod unit;

pub use activation::{log_softmax, log_sum_exp, logit, sigmoid, softmax};
pub use clamp::clamp;
pub use curves::{
    along_true_logit, other_class_shares, squared_error_along_probability, LogitPoint,
    TrueLogitSweep,
};
pub use distribution::{one_hot, renormalise, set_entry, uniform};
pub use error::{
    check_batch_shape, check_class, check_distribution, check_logits, check_probabilities,
    check_probability, check_same_length, MathError, SUM_TOLERANCE,
};
pub use info::{
    binary_entropy, cross_entropy, cross_entropy_terms, entropy, entropy_terms, information,
    kl_divergence, kl_terms,
};
pub use loss::{
    batch_cross_entropy, batch_multilabel_loss, binary_cross_entropy,
    binary_cross_entropy_with_logits, double_softmax_cross_entropy, grad_softmax_cross_entropy,
    grad_softmax_squared_error, keras_binary_cross_entropy, multilabel_sample_losses,
    pytorch_binary_cross_entropy, sample_cross_entropies, softmax_cross_entropy, squared_error,
};
pub use reduction::Reduction;
pub use train::{training_race, Race, RaceLoss, RACE_STEP_CAP, RACE_TARGET};
pub use unit::Unit;
