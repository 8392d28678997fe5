//! Every number `mse-vs-ce` shows, worked out through `crate::math`: the current point on the
//! curves and the per-class table ([`Prediction`]), and the training race ([`RaceOutcome`]),
//! with the texts, charts and CSV rows built from them. The view only places them.

use super::MseVsCeState;
use crate::charts::{
    Figure, GradientVsLogit, LossCurveLabels, LossVsLogit, LossVsProbability, RaceFigure,
    RaceLabels,
};
use crate::components::format::{full_precision, rounded, rounded_to};
use crate::i18n::Strings;
use crate::lessons::mse_vs_ce::{CurveReading, MseVsCeText, RaceFinish, RaceReading};
use crate::math::{self, LogitPoint, MathError, Race, RaceLoss, Unit};

/// A value rounded for reading, or an en dash where there is none.
fn shown(value: &Result<f64, MathError>) -> String {
    value
        .as_ref()
        .map(|&x| rounded(x))
        .unwrap_or_else(|_| "–".to_string())
}

/// Entry `i` of a per-class vector, as a readout value.
fn entry(values: &Result<Vec<f64>, MathError>, i: usize) -> Result<f64, MathError> {
    match values {
        Ok(values) => values.get(i).copied().ok_or(MathError::Empty),
        Err(error) => Err(error.clone()),
    }
}

/// A value at full precision for the CSV, empty where there is none.
fn exact(value: Result<f64, MathError>) -> String {
    value.map(full_precision).unwrap_or_default()
}

/// One prediction: logits z, a one-hot label at the true class t, and what both losses make of
/// them. Losses and gradients are in nats; [`Prediction::cross_entropy`] converts to the unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Prediction {
    pub true_class: usize,
    pub z: Vec<f64>,
    /// q_t, CE = −ln q_t, SE and both gradients with respect to z_t.
    pub point: Result<LogitPoint, MathError>,
    /// y = one_hot(t).
    pub label: Result<Vec<f64>, MathError>,
    /// q = softmax(z).
    pub probabilities: Result<Vec<f64>, MathError>,
    /// ∂CE/∂z_i = q_i − y_i.
    pub grads_cross_entropy: Result<Vec<f64>, MathError>,
    /// ∂SE/∂z_i = 2 q_i ((q_i − y_i) − Σ_j q_j (q_j − y_j)).
    pub grads_squared_error: Result<Vec<f64>, MathError>,
    /// r = softmax(z without z_t): the shares the other classes keep of 1 − q_t.
    pub shares: Result<Vec<f64>, MathError>,
}

/// The three charts of the losses and their gradients along the true class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LossChart {
    /// `loss-vs-probability`: CE and SE against q_t.
    Probability,
    /// `loss-vs-logit`: CE and SE against z_t.
    Logit,
    /// `gradient-vs-logit`: ∂CE/∂z_t and ∂SE/∂z_t against z_t.
    Gradient,
}

impl LossChart {
    /// The contract's chart name (`data-chart`).
    pub fn name(self) -> &'static str {
        match self {
            LossChart::Probability => "loss-vs-probability",
            LossChart::Logit => "loss-vs-logit",
            LossChart::Gradient => "gradient-vs-logit",
        }
    }

    /// The chart's short title.
    pub fn title(self, text: &MseVsCeText) -> &'static str {
        match self {
            LossChart::Probability => text.title_probability,
            LossChart::Logit => text.title_logit,
            LossChart::Gradient => text.title_gradient,
        }
    }
}

impl Prediction {
    /// Works out every quantity of the prediction (logits `z`, true class `true_class`).
    pub fn new(z: &[f64], true_class: usize) -> Prediction {
        let point = z
            .get(true_class)
            .ok_or(MathError::ClassOutOfRange {
                class: true_class,
                classes: z.len(),
            })
            .and_then(|&logit| math::along_true_logit(z, true_class, logit));
        let label = math::one_hot(true_class, z.len());
        let grads_cross_entropy = label
            .clone()
            .and_then(|y| math::grad_softmax_cross_entropy(&y, z));
        let grads_squared_error = label
            .clone()
            .and_then(|y| math::grad_softmax_squared_error(&y, z));
        Prediction {
            true_class,
            z: z.to_vec(),
            point,
            grads_cross_entropy,
            grads_squared_error,
            label,
            probabilities: math::softmax(z),
            shares: math::other_class_shares(z, true_class),
        }
    }

    /// The prediction of the lesson's state.
    pub fn of(state: &MseVsCeState) -> Prediction {
        Prediction::new(&state.z, state.true_class)
    }

    fn at_point(&self, pick: fn(&LogitPoint) -> f64) -> Result<f64, MathError> {
        self.point.as_ref().map(pick).map_err(Clone::clone)
    }

    /// q_t = softmax(z)_t.
    pub fn probability_true(&self) -> Result<f64, MathError> {
        self.at_point(|p| p.probability_true)
    }

    /// CE = −log q_t in `unit`.
    pub fn cross_entropy(&self, unit: Unit) -> Result<f64, MathError> {
        self.at_point(|p| p.cross_entropy).map(|ce| unit.from_nats(ce))
    }

    /// SE = (1 − q_t)² + Σ_{i≠t} q_i².
    pub fn squared_error(&self) -> Result<f64, MathError> {
        self.at_point(|p| p.squared_error)
    }

    /// ∂CE/∂z_t = q_t − 1 (nats).
    pub fn grad_cross_entropy(&self) -> Result<f64, MathError> {
        self.at_point(|p| p.grad_cross_entropy)
    }

    /// ∂SE/∂z_t = −2 q_t · SE.
    pub fn grad_squared_error(&self) -> Result<f64, MathError> {
        self.at_point(|p| p.grad_squared_error)
    }

    /// Whether q_t underflowed to 0, so that CE is infinite.
    pub fn cross_entropy_is_infinite(&self) -> bool {
        self.at_point(|p| p.cross_entropy).is_ok_and(f64::is_infinite)
    }

    /// The table's cells for each class: y (exactly 0 or 1, so no decimals), z, q, ∂CE/∂z_i and
    /// ∂SE/∂z_i, rounded for reading. The class's name comes from the text.
    pub fn table_rows(&self) -> Vec<Vec<String>> {
        (0..self.z.len())
            .map(|i| {
                vec![
                    exact(entry(&self.label, i)),
                    rounded(self.z[i]),
                    shown(&entry(&self.probabilities, i)),
                    shown(&entry(&self.grads_cross_entropy, i)),
                    shown(&entry(&self.grads_squared_error, i)),
                ]
            })
            .collect()
    }

    /// What a screen reader says for the slider of logit `i`: "z₀ (class 0) = 1.0000, q = 0.9006".
    pub fn logit_valuetext(&self, i: usize, text: &MseVsCeText) -> String {
        format!(
            "{} = {}, q = {}",
            (text.logit_label)(i),
            rounded(self.z.get(i).copied().unwrap_or(0.0)),
            shown(&entry(&self.probabilities, i)),
        )
    }

    /// SE = (1 − q_t)² · (1 + Σ r_i²) with the current numbers.
    pub fn substituted_squared_error(&self) -> String {
        let spread: String = self
            .shares
            .as_ref()
            .map(|shares| shares.iter().map(|&r| format!(" + {}²", rounded(r))).collect())
            .unwrap_or_default();
        format!(
            "t = {}: SE = (1 − {})² · (1{spread}) = {}",
            self.true_class,
            shown(&self.probability_true()),
            shown(&self.squared_error()),
        )
    }

    /// CE = −log q_t with the current numbers, in `unit` (named `unit_name`).
    pub fn substituted_cross_entropy(&self, unit: Unit, unit_name: &str) -> String {
        format!(
            "CE = −{} {} = {} {unit_name}",
            unit.log_symbol(),
            shown(&self.probability_true()),
            shown(&self.cross_entropy(unit)),
        )
    }

    /// ∂CE/∂z_t = q_t − 1 and ∂SE/∂z_t = −2 q_t · SE with the current numbers.
    pub fn substituted_gradients(&self) -> String {
        let q = shown(&self.probability_true());
        format!(
            "∂CE/∂z_t = {q} − 1 = {};  ∂SE/∂z_t = −2 · {q} · {} = {}",
            shown(&self.grad_cross_entropy()),
            shown(&self.squared_error()),
            shown(&self.grad_squared_error()),
        )
    }

    /// The loss chart `chart` of this prediction (losses in nats).
    pub fn figure(&self, chart: LossChart, text: &MseVsCeText) -> Figure {
        let (z, true_class) = (self.z.clone(), self.true_class);
        let labels = |y_axis: &str, x_axis: &str| LossCurveLabels {
            x_axis: x_axis.to_string(),
            y_axis: y_axis.to_string(),
            cross_entropy: text.legend_cross_entropy.to_string(),
            squared_error: text.legend_squared_error.to_string(),
            infinity: "∞".to_string(),
        };
        match chart {
            LossChart::Probability => Figure::LossVsProbability(LossVsProbability {
                z,
                true_class,
                labels: labels(text.y_loss, text.x_probability),
            }),
            LossChart::Logit => Figure::LossVsLogit(LossVsLogit {
                z,
                true_class,
                labels: labels(text.y_loss, text.x_logit),
            }),
            LossChart::Gradient => Figure::GradientVsLogit(GradientVsLogit {
                z,
                true_class,
                labels: labels(text.y_gradient, text.x_logit),
            }),
        }
    }

    /// The text alternative of the loss chart `chart`: where the points are marked and what
    /// both curves read there (CE in nats, as drawn).
    pub fn chart_alt(&self, chart: LossChart, text: &MseVsCeText) -> String {
        let cross_entropy_nats = self.at_point(|p| p.cross_entropy);
        let logit = shown(&self.at_point(|p| p.logit));
        let (message, at, cross_entropy, squared_error) = match chart {
            LossChart::Probability => (
                text.alt_probability,
                shown(&self.probability_true()),
                cross_entropy_nats,
                self.squared_error(),
            ),
            LossChart::Logit => (
                text.alt_logit,
                logit,
                cross_entropy_nats,
                self.squared_error(),
            ),
            LossChart::Gradient => (
                text.alt_gradient,
                logit,
                self.grad_cross_entropy(),
                self.grad_squared_error(),
            ),
        };
        message(&CurveReading {
            at: &at,
            cross_entropy: &shown(&cross_entropy),
            squared_error: &shown(&squared_error),
        })
    }
}

/// Both runs of the training race from the same logits.
#[derive(Clone, Debug, PartialEq)]
pub struct RaceRuns {
    pub cross_entropy: Race,
    pub squared_error: Race,
}

/// The training race of a state: gradient descent z ← z − η ∇L on every logit, once with
/// L = CE and once with L = SE, until q_t ≥ 0.9 or `math::RACE_STEP_CAP` steps.
#[derive(Clone, Debug, PartialEq)]
pub struct RaceOutcome {
    /// η.
    pub learning_rate: f64,
    pub runs: Result<RaceRuns, MathError>,
}

/// The number of steps a run recorded (its start is index 0).
fn recorded_steps(race: &Race) -> usize {
    race.probability_true.len().saturating_sub(1)
}

/// The steps of a run as a readout value: the count, or infinity past the cap.
fn steps_value(race: &Race) -> f64 {
    race.steps_to_target
        .map_or(f64::INFINITY, |steps| steps as f64)
}

impl RaceOutcome {
    /// Runs both races from the state's logits, true class and learning rate.
    pub fn of(state: &MseVsCeState) -> RaceOutcome {
        let (z, t, rate) = (&state.z, state.true_class, state.learning_rate);
        let runs = math::training_race(z, t, rate, RaceLoss::CrossEntropy).and_then(|ce| {
            Ok(RaceRuns {
                cross_entropy: ce,
                squared_error: math::training_race(z, t, rate, RaceLoss::SquaredError)?,
            })
        });
        RaceOutcome {
            learning_rate: rate,
            runs,
        }
    }

    fn steps(&self, pick: fn(&RaceRuns) -> &Race) -> Result<f64, MathError> {
        self.runs
            .as_ref()
            .map(|runs| steps_value(pick(runs)))
            .map_err(Clone::clone)
    }

    /// The steps the cross-entropy run needed to reach 0.9 (∞ past the cap).
    pub fn steps_cross_entropy(&self) -> Result<f64, MathError> {
        self.steps(|runs| &runs.cross_entropy)
    }

    /// The steps the squared-error run needed to reach 0.9 (∞ past the cap).
    pub fn steps_squared_error(&self) -> Result<f64, MathError> {
        self.steps(|runs| &runs.squared_error)
    }

    /// The steps the longer run recorded: how far the replay goes.
    pub fn longest(&self) -> usize {
        self.runs.as_ref().map_or(0, |runs| {
            recorded_steps(&runs.cross_entropy).max(recorded_steps(&runs.squared_error))
        })
    }

    /// Whether a run stopped at the cap without reaching 0.9.
    pub fn hit_the_cap(&self) -> bool {
        [self.steps_cross_entropy(), self.steps_squared_error()]
            .iter()
            .any(|steps| steps.as_ref().is_ok_and(|s| s.is_infinite()))
    }

    /// Who won, or what went wrong.
    pub fn verdict(&self, strings: &Strings) -> String {
        match &self.runs {
            Ok(runs) => (strings.mse_vs_ce.race_verdict)(&RaceFinish {
                cross_entropy: runs.cross_entropy.steps_to_target,
                squared_error: runs.squared_error.steps_to_target,
            }),
            Err(error) => (strings.ui.describe_math_error)(error),
        }
    }

    /// A step count as a reader sees it: whole steps, ∞, or what went wrong.
    fn steps_text(steps: Result<f64, MathError>, strings: &Strings) -> String {
        steps
            .map(|s| rounded_to(s, 0))
            .unwrap_or_else(|e| (strings.ui.describe_math_error)(&e))
    }

    /// The race chart's text alternative.
    pub fn chart_alt(&self, strings: &Strings) -> String {
        (strings.mse_vs_ce.alt_race)(&RaceReading {
            learning_rate: &full_precision(self.learning_rate),
            cross_entropy_steps: &Self::steps_text(self.steps_cross_entropy(), strings),
            squared_error_steps: &Self::steps_text(self.steps_squared_error(), strings),
        })
    }

    /// The race chart, showing the first `shown_steps` steps of both runs (none on an error).
    pub fn figure(&self, shown_steps: usize, text: &MseVsCeText) -> Figure {
        let no_race = || Race {
            probability_true: Vec::new(),
            loss: Vec::new(),
            steps_to_target: None,
        };
        let (cross_entropy, squared_error) = match &self.runs {
            Ok(runs) => (runs.cross_entropy.clone(), runs.squared_error.clone()),
            Err(_) => (no_race(), no_race()),
        };
        Figure::Race(RaceFigure {
            cross_entropy,
            squared_error,
            shown_steps,
            labels: RaceLabels {
                x_axis: text.race_x.to_string(),
                y_axis: text.race_y.to_string(),
                cross_entropy: text.legend_cross_entropy.to_string(),
                squared_error: text.legend_squared_error.to_string(),
                target: text.race_target.to_string(),
                infinity: "∞".to_string(),
            },
        })
    }
}

/// What the page announces after a change: the readouts in one sentence.
pub fn summary(prediction: &Prediction, race: &RaceOutcome, unit: Unit, strings: &Strings) -> String {
    let text = &strings.mse_vs_ce;
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
        ("grad_cross_entropy_z", exact(prediction.grad_cross_entropy())),
        ("grad_squared_error_z", exact(prediction.grad_squared_error())),
        ("learning_rate", full_precision(race.learning_rate)),
        ("race_steps_cross_entropy", exact(race.steps_cross_entropy())),
        ("race_steps_squared_error", exact(race.steps_squared_error())),
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
    use crate::state::Lang;

    fn close(a: Result<f64, MathError>, b: f64) -> bool {
        a.is_ok_and(|a| (a - b).abs() < 1e-12)
    }

    fn state(true_class: usize, z: &[f64], learning_rate: f64) -> MseVsCeState {
        MseVsCeState {
            true_class,
            z: z.to_vec(),
            learning_rate,
        }
    }

    #[test]
    fn the_readouts_match_the_losses_of_math() {
        for (t, z) in [(0, MseVsCeState::default().z), (2, vec![0.0, 0.0, -5.0]), (1, vec![1.0, -2.0, 0.5, 3.0])] {
            let prediction = Prediction::new(&z, t);
            let y = math::one_hot(t, z.len()).unwrap();
            let q = math::softmax(&z).unwrap();
            let ce = math::softmax_cross_entropy(&y, &z).unwrap();
            assert!(close(prediction.probability_true(), q[t]));
            assert!(close(prediction.cross_entropy(Unit::Nats), ce));
            assert!(close(prediction.cross_entropy(Unit::Bits), ce / std::f64::consts::LN_2));
            let se = math::squared_error(&y, &q).unwrap();
            assert!(close(prediction.squared_error(), se));
            // ∂CE/∂z_t = q_t − 1 and ∂SE/∂z_t = −2 q_t SE.
            assert!(close(prediction.grad_cross_entropy(), q[t] - 1.0));
            assert!(close(prediction.grad_squared_error(), -2.0 * q[t] * se));
            assert!(!prediction.cross_entropy_is_infinite());
        }
    }

    #[test]
    fn the_defaults_show_the_tutorials_numbers() {
        let prediction = Prediction::of(&MseVsCeState::default());
        assert!(close(prediction.probability_true(), 0.7));
        assert!(close(prediction.squared_error(), 0.14));
        assert!(close(prediction.grad_cross_entropy(), -0.3));
        assert!(close(prediction.grad_squared_error(), -0.196));
        assert_eq!(
            prediction.substituted_squared_error(),
            "t = 0: SE = (1 − 0.7000)² · (1 + 0.6667² + 0.3333²) = 0.1400"
        );
        assert_eq!(
            prediction.substituted_cross_entropy(Unit::Nats, "nats"),
            "CE = −ln 0.7000 = 0.3567 nats"
        );
        assert_eq!(
            prediction.substituted_gradients(),
            "∂CE/∂z_t = 0.7000 − 1 = −0.3000;  ∂SE/∂z_t = −2 · 0.7000 · 0.1400 = −0.1960"
        );
        let text = &strings(Lang::En).mse_vs_ce;
        assert!(prediction.logit_valuetext(0, text).ends_with("= −0.3567, q = 0.7000"));
        assert!(prediction.chart_alt(LossChart::Probability, text).contains("q = 0.7000"));
        assert!(prediction.chart_alt(LossChart::Gradient, text).contains("−0.1960"));
    }

    #[test]
    fn the_table_has_a_row_of_five_cells_per_class() {
        let prediction = Prediction::new(&[0.0, 0.0, -5.0, 1.0], 2);
        let rows = prediction.table_rows();
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().all(|row| row.len() == 5));
        let labels: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
        assert_eq!(labels, ["0", "0", "1", "0"]);
        assert_eq!(rows[2][1], "−5.0000");
        let q = math::softmax(&prediction.z).unwrap();
        assert_eq!(rows[3][2], rounded(q[3]));
    }

    #[test]
    fn the_races_of_the_tutorial_and_of_a_confident_wrong_start() {
        let race = RaceOutcome::of(&MseVsCeState::default());
        assert_eq!(race.steps_cross_entropy(), Ok(5.0));
        assert_eq!(race.steps_squared_error(), Ok(13.0));
        assert_eq!(race.longest(), 13);
        let race = RaceOutcome::of(&state(2, &[0.0, 0.0, -5.0], 1.0));
        assert_eq!((race.steps_cross_entropy(), race.steps_squared_error()), (Ok(11.0), Ok(87.0)));
        assert!(!race.hit_the_cap());
        let en = strings(Lang::En);
        assert_eq!(race.verdict(en), "Cross-entropy wins: 11 steps against 87.");
        assert!(race.chart_alt(en).contains("Cross-entropy needs 11 steps, squared error 87."));
    }

    #[test]
    fn steps_past_the_cap_read_as_infinity() {
        let race = RaceOutcome::of(&state(2, &[0.0, 0.0, -10.0], 0.1));
        assert_eq!(race.steps_cross_entropy(), Ok(145.0));
        assert_eq!(race.steps_squared_error(), Ok(f64::INFINITY));
        assert!(race.hit_the_cap());
        assert_eq!(race.longest(), math::RACE_STEP_CAP);
        assert!(race.chart_alt(strings(Lang::En)).contains("squared error ∞"));
    }

    #[test]
    fn a_race_that_cannot_run_says_why() {
        let race = RaceOutcome::of(&state(0, &[0.0, 1.0], 0.0));
        assert!(race.runs.is_err());
        assert_eq!(race.longest(), 0);
        assert!(!race.hit_the_cap());
        let en = strings(Lang::En);
        let error = race.steps_squared_error().unwrap_err();
        assert_eq!(race.verdict(en), (en.ui.describe_math_error)(&error));
        assert!(matches!(race.figure(usize::MAX, &en.mse_vs_ce), Figure::Race(f) if f.cross_entropy.loss.is_empty()));
    }

    #[test]
    fn the_csv_has_the_class_rows_then_the_readouts() {
        let state = MseVsCeState::default();
        let (prediction, race) = (Prediction::of(&state), RaceOutcome::of(&state));
        let rows = csv_rows(&prediction, &race, Unit::Nats);
        assert_eq!(rows[0], ["class", "y", "z", "q", "dCE/dz (nats)", "dSE/dz"]);
        assert_eq!(rows.len(), 1 + 3 + 10);
        assert!(rows.iter().all(|row| row.len() == 6));
        assert_eq!(rows[1][..3], ["0", "1", "-0.35667494393873245"]);
        let find = |name: &str| rows.iter().find(|row| row[0] == name).map(|row| row[1].clone());
        assert_eq!(find("quantity").as_deref(), Some("value"));
        assert_eq!(find("cross_entropy (nats)"), Some(full_precision(-(0.7f64.ln()))));
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
        assert!(en.starts_with("q_t = 0.7000, CE = 0.3567 nats, SE = 0.1400,"), "{en}");
        assert!(en.ends_with(": 5, Steps to 0.9 with squared error: 13."), "{en}");
        let zh = summary(&prediction, &race, Unit::Bits, strings(Lang::Zh));
        assert!(zh.contains("0.5146"), "{zh}");
    }

    #[test]
    fn the_charts_are_of_the_prediction() {
        let prediction = Prediction::new(&[0.0, 0.0, -5.0], 2);
        let text = &strings(Lang::En).mse_vs_ce;
        for chart in [LossChart::Probability, LossChart::Logit, LossChart::Gradient] {
            let (z, t) = match prediction.figure(chart, text) {
                Figure::LossVsProbability(f) => (f.z, f.true_class),
                Figure::LossVsLogit(f) => (f.z, f.true_class),
                Figure::GradientVsLogit(f) => (f.z, f.true_class),
                _ => panic!("{chart:?} is a loss chart"),
            };
            assert_eq!((z, t), (prediction.z.clone(), 2));
            assert!(!chart.title(text).is_empty());
        }
    }
}
