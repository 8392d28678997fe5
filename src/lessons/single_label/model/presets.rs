//! The examples of the preset menu.

use super::SingleLabelState;
use crate::lessons::kit::batch_model::Example;
use crate::state::{ClassNames, InputKind};

/// The examples of the preset menu, in menu order: a label chooser and the state it sets.
pub const PRESETS: [Example<SingleLabelState>; 6] = [
    (
        |s| s.single_label().preset_tutorial,
        SingleLabelState::default,
    ),
    (
        |s| s.single_label().preset_confident_mistake,
        || SingleLabelState {
            labels: vec![1, 0, 2],
            q: vec![
                vec![0.3, 0.6, 0.1],
                vec![0.7, 0.2, 0.1],
                vec![0.9, 0.05, 0.05],
            ],
            classes: ClassNames::Default(3),
            input: InputKind::Prob,
        },
    ),
    (
        |s| s.single_label().preset_perfect,
        || SingleLabelState {
            labels: vec![1],
            q: vec![vec![0.0, 1.0, 0.0]],
            classes: ClassNames::Default(3),
            input: InputKind::Prob,
        },
    ),
    (
        |s| s.single_label().preset_certain_mistake,
        || SingleLabelState {
            labels: vec![2],
            q: vec![vec![0.5, 0.5, 0.0]],
            classes: ClassNames::Default(3),
            input: InputKind::Prob,
        },
    ),
    (
        |s| s.single_label().preset_uniform,
        || SingleLabelState {
            labels: vec![0],
            q: vec![vec![0.25; 4]],
            classes: ClassNames::Default(4),
            input: InputKind::Prob,
        },
    ),
    (
        |s| s.single_label().preset_logits,
        || SingleLabelState {
            // The logarithms of a distribution are logits whose softmax is that distribution.
            q: vec![[0.3f64, 0.6, 0.1].map(f64::ln).to_vec()],
            input: InputKind::Logit,
            ..SingleLabelState::default()
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::lessons::single_label::model::{batch_loss_nats, sample_losses_nats};
    use crate::math;
    use crate::state::Lang;
    use crate::state::{MAX_CLASSES, MAX_SAMPLES, MIN_CLASSES};

    #[test]
    fn presets_are_valid_states() {
        for (_, preset) in PRESETS {
            let state = preset();
            let (m, n) = (state.labels.len(), state.classes.len());
            assert!((1..=MAX_SAMPLES).contains(&m));
            assert!((MIN_CLASSES..=MAX_CLASSES).contains(&n));
            assert_eq!(state.q.len(), m);
            assert!(state.q.iter().all(|row| row.len() == n));
            assert!(state.labels.iter().all(|&label| label < n));
            if state.input == InputKind::Prob {
                assert!(state
                    .q
                    .iter()
                    .all(|row| math::check_distribution(row).is_ok()));
            } else {
                assert!(state.q.iter().flatten().all(|z| z.is_finite()));
            }
            assert!(sample_losses_nats(&state).is_ok());
        }
    }

    #[test]
    fn every_preset_has_a_label_in_both_languages() {
        for lang in [Lang::En, Lang::Zh] {
            for (label, _) in PRESETS {
                assert!(!label(strings(lang)).is_empty());
            }
        }
    }

    #[test]
    fn the_presets_show_what_their_labels_promise() {
        let loss = |i: usize| batch_loss_nats(&PRESETS[i].1()).unwrap();
        assert!((loss(0) - 0.6f64.ln().abs()).abs() < 1e-15);
        assert_eq!(loss(2), 0.0);
        assert_eq!(loss(3), f64::INFINITY);
        assert!((loss(4) - 4f64.ln()).abs() < 1e-15);
        // The tutorial's sample as logits gives the tutorial's loss.
        assert!((loss(5) - loss(0)).abs() < 1e-12);
    }
}
