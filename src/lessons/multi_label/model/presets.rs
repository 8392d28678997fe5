//! The examples of the lesson's preset menu.

use super::MultiLabelState;
use crate::lessons::kit::batch_model::Example;
use crate::math;
use crate::state::InputKind;

/// An example of the preset menu: its label in the string table and the state it sets.
pub type Preset = Example<MultiLabelState>;

/// The examples of the preset menu, in the menu's order.
pub const PRESETS: [Preset; 6] = [
    (
        |s| s.multi_label().preset_tutorial,
        MultiLabelState::default,
    ),
    (
        |s| s.multi_label().preset_batch,
        || MultiLabelState {
            y: vec![
                vec![false, true, true],
                vec![true, false, false],
                vec![true, true, false],
            ],
            q: vec![
                vec![0.1, 0.7, 0.8],
                vec![0.6, 0.2, 0.3],
                vec![0.9, 0.4, 0.2],
            ],
            ..MultiLabelState::default()
        },
    ),
    (
        |s| s.multi_label().preset_certain_mistake,
        || MultiLabelState {
            q: vec![vec![0.1, 0.7, 0.0]],
            ..MultiLabelState::default()
        },
    ),
    (
        |s| s.multi_label().preset_perfect,
        || MultiLabelState {
            q: vec![vec![0.0, 1.0, 1.0]],
            ..MultiLabelState::default()
        },
    ),
    (
        |s| s.multi_label().preset_all_present,
        || MultiLabelState {
            y: vec![vec![true; 3]],
            q: vec![vec![0.9; 3]],
            ..MultiLabelState::default()
        },
    ),
    (
        |s| s.multi_label().preset_logits,
        || MultiLabelState {
            q: vec![[0.1, 0.7, 0.8]
                .map(|q| math::logit(q).unwrap_or(0.0))
                .to_vec()],
            input: InputKind::Logit,
            ..MultiLabelState::default()
        },
    ),
];

#[cfg(test)]
mod tests {
    use super::super::batch_losses_nats;
    use super::*;
    use crate::i18n::strings;
    use crate::state::{
        parse_query, to_query, Lang, Settings, ViewId, ViewState, MAX_CLASSES, MAX_SAMPLES,
        MIN_CLASSES,
    };

    #[test]
    fn presets_are_valid_states() {
        for (_, preset) in PRESETS {
            let state = preset();
            let (m, n) = (state.y.len(), state.classes.len());
            assert!((1..=MAX_SAMPLES).contains(&m));
            assert!((MIN_CLASSES..=MAX_CLASSES).contains(&n));
            assert_eq!(state.q.len(), m);
            assert!(state.y.iter().all(|row| row.len() == n));
            assert!(state.q.iter().all(|row| row.len() == n));
            match state.input {
                InputKind::Prob => {
                    assert!(state.q.iter().flatten().all(|q| (0.0..=1.0).contains(q)))
                }
                InputKind::Logit => assert!(state.q.iter().flatten().all(|z| z.is_finite())),
            }
            assert!(batch_losses_nats(&state).is_ok());
        }
    }

    #[test]
    fn presets_survive_a_link() {
        for (_, preset) in PRESETS {
            let state = ViewState::MultiLabel(preset());
            let query = to_query(ViewId::MultiLabel, &Settings::default(), &state);
            let parsed = parse_query(&query);
            assert_eq!(parsed.state, state, "{query}");
            assert!(parsed.issues.is_empty(), "{query}: {:?}", parsed.issues);
        }
    }

    #[test]
    fn presets_have_labels_in_both_languages() {
        for (label, _) in PRESETS {
            assert!(!label(strings(Lang::En)).is_empty());
            assert!(!label(strings(Lang::Zh)).is_empty());
        }
    }
}
