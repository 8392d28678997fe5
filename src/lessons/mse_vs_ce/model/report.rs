//! What `mse-vs-ce` says and exports of its numbers as a whole: the announced summary and the
//! CSV rows.

use super::prediction::{entry, exact, shown, Prediction};
use super::race::RaceOutcome;
use crate::components::format::full_precision;
use crate::i18n::Strings;
use crate::math::Unit;

/// What the page announces after a change: the readouts in one sentence.
pub fn summary(
    prediction: &Prediction,
    race: &RaceOutcome,
    unit: Unit,
    strings: &Strings,
) -> String {
    let text = &strings.mse_vs_ce();
    format!(
        "q_t = {}, CE = {} {}, SE = {}, ∂CE/∂z_t = {}, ∂SE/∂z_t = {}. {}: {}, {}: {}.",
        shown(&prediction.probability_true()),
        shown(&prediction.cross_entropy(unit)),
        strings.ui.unit_name(unit),
        shown(&prediction.squared_error()),
        shown(&prediction.grad_cross_entropy()),
        shown(&prediction.grad_squared_error()),
        text.readout_race_cross_entropy,
        RaceOutcome::steps_text(race.steps_cross_entropy(), strings),
        text.readout_race_squared_error,
        RaceOutcome::steps_text(race.steps_squared_error(), strings),
    )
}

/// The CSV: a header and a row per class (y, z, q and both gradients at full precision), then
/// a `quantity,value` block with the readouts, padded to the table's six columns.
///
/// The `class` column and the `true_class` value are 0-based indices, like the link's `y` and
/// the `z-<i>` controls (a data file for scripts), while the page counts classes from 1: class
/// index 0 is the page's "class 1".
pub fn csv_rows(prediction: &Prediction, race: &RaceOutcome, unit: Unit) -> Vec<Vec<String>> {
    const WIDTH: usize = 6;
    let header = ["class", "y", "z", "q", "dCE/dz (nats)", "dSE/dz"];
    let mut rows = vec![header.map(String::from).to_vec()];
    for (i, &zi) in prediction.z.iter().enumerate() {
        rows.push(vec![
            i.to_string(),
            exact(entry(&prediction.label, i)),
            full_precision(zi),
            exact(entry(&prediction.probabilities, i)),
            exact(entry(&prediction.grads_cross_entropy, i)),
            exact(entry(&prediction.grads_squared_error, i)),
        ]);
    }
    let cross_entropy_name = match unit {
        Unit::Bits => "cross_entropy (bits)",
        Unit::Nats => "cross_entropy (nats)",
    };
    let quantities = [
        ("quantity", "value".to_string()),
        ("true_class", prediction.true_class.to_string()),
        ("probability_true", exact(prediction.probability_true())),
        (cross_entropy_name, exact(prediction.cross_entropy(unit))),
        ("squared_error", exact(prediction.squared_error())),
        (
            "grad_cross_entropy_z",
            exact(prediction.grad_cross_entropy()),
        ),
        (
            "grad_squared_error_z",
            exact(prediction.grad_squared_error()),
        ),
        ("learning_rate", full_precision(race.learning_rate)),
        (
            "race_steps_cross_entropy",
            exact(race.steps_cross_entropy()),
        ),
        (
            "race_steps_squared_error",
            exact(race.steps_squared_error()),
        ),
    ];
    for (name, value) in quantities {
        let mut row = vec![name.to_string(), value];
        row.resize(WIDTH, String::new());
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::lessons::mse_vs_ce::MseVsCeState;
    use crate::state::Lang;

    #[test]
    fn the_csv_has_the_class_rows_then_the_readouts() {
        let state = MseVsCeState::default();
        let (prediction, race) = (Prediction::of(&state), RaceOutcome::of(&state));
        let rows = csv_rows(&prediction, &race, Unit::Nats);
        assert_eq!(rows[0], ["class", "y", "z", "q", "dCE/dz (nats)", "dSE/dz"]);
        assert_eq!(rows.len(), 1 + 3 + 10);
        assert!(rows.iter().all(|row| row.len() == 6));
        assert_eq!(rows[1][..3], ["0", "1", "-0.35667494393873245"]);
        let find = |name: &str| {
            rows.iter()
                .find(|row| row[0] == name)
                .map(|row| row[1].clone())
        };
        assert_eq!(find("quantity").as_deref(), Some("value"));
        assert_eq!(
            find("cross_entropy (nats)"),
            Some(full_precision(-(0.7f64.ln())))
        );
        assert_eq!(find("race_steps_cross_entropy").as_deref(), Some("5"));
        assert_eq!(find("race_steps_squared_error").as_deref(), Some("13"));
        let bits = csv_rows(&prediction, &race, Unit::Bits);
        assert!(bits.iter().any(|row| row[0] == "cross_entropy (bits)"));
    }

    #[test]
    fn the_summary_reads_every_readout_in_both_languages() {
        let state = MseVsCeState::default();
        let (prediction, race) = (Prediction::of(&state), RaceOutcome::of(&state));
        let en = summary(&prediction, &race, Unit::Nats, strings(Lang::En));
        assert!(
            en.starts_with("q_t = 0.7000, CE = 0.3567 nats, SE = 0.1400,"),
            "{en}"
        );
        assert!(
            en.ends_with(": 5, Steps to 0.9 with squared error: 13."),
            "{en}"
        );
        let zh = summary(&prediction, &race, Unit::Bits, strings(Lang::Zh));
        assert!(zh.contains("0.5146"), "{zh}");
    }
}
