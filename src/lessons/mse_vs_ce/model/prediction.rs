//! One prediction of `mse-vs-ce` and everything shown about it, worked out through
//! `crate::math`: the current point on the curves, the per-class table, the substituted
//! formulas, the loss charts and their text alternatives.

use super::MseVsCeState;
use crate::charts::{Figure, GradientVsLogit, LossCurveLabels, LossVsLogit, LossVsProbability};
use crate::components::format::{full_precision, rounded};
use crate::lessons::mse_vs_ce::{CurveReading, LibraryMse, MseVsCeText};
use crate::math::{self, LogitPoint, MathError, Unit};

/// A value rounded for reading, or an en dash where there is none.
pub(super) fn shown(value: &Result<f64, MathError>) -> String {
    value
        .as_ref()
        .map(|&x| rounded(x))
        .unwrap_or_else(|_| "–".to_string())
}

/// Entry `i` of a per-class vector, as a readout value.
pub(super) fn entry(values: &Result<Vec<f64>, MathError>, i: usize) -> Result<f64, MathError> {
    match values {
        Ok(values) => values.get(i).copied().ok_or(MathError::Empty),
        Err(error) => Err(error.clone()),
    }
}

/// A value at full precision for the CSV, empty where there is none.
pub(super) fn exact(value: Result<f64, MathError>) -> String {
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
        self.at_point(|p| p.cross_entropy)
            .map(|ce| unit.from_nats(ce))
    }

    /// SE = (1 − q_t)² + Σ_{i≠t} q_i².
    pub fn squared_error(&self) -> Result<f64, MathError> {
        self.at_point(|p| p.squared_error)
    }

    /// What PyTorch's `MSELoss` and Keras' `MeanSquaredError` report for this sample: they
    /// average the squared misses over the n classes as well, so SE / n.
    pub fn library_mse(&self) -> Result<f64, MathError> {
        self.squared_error().map(|se| se / self.z.len() as f64)
    }

    /// The note on [`Prediction::library_mse`] with the current numbers.
    pub fn library_mse_note(&self, text: &MseVsCeText) -> String {
        (text.library_mse)(&LibraryMse {
            squared_error: &shown(&self.squared_error()),
            classes: self.z.len(),
            library_mse: &shown(&self.library_mse()),
        })
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
        self.at_point(|p| p.cross_entropy)
            .is_ok_and(f64::is_infinite)
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

    /// What a screen reader says for the slider of logit `i`: "z₁ (class 1) = 1.0000, q = 0.9006"
    /// for i = 0 (the reader counts classes from 1).
    pub fn logit_valuetext(&self, i: usize, text: &MseVsCeText) -> String {
        format!(
            "{} = {}, q = {}",
            (text.logit_label)(i),
            rounded(self.z.get(i).copied().unwrap_or(0.0)),
            shown(&entry(&self.probabilities, i)),
        )
    }

    /// SE = (1 − q_t)² · (1 + Σ r_i²) with the current numbers; t counted from 1, as the
    /// reader counts the classes.
    pub fn substituted_squared_error(&self) -> String {
        let spread: String = self
            .shares
            .as_ref()
            .map(|shares| {
                shares
                    .iter()
                    .map(|&r| format!(" + {}²", rounded(r)))
                    .collect()
            })
            .unwrap_or_default();
        format!(
            "t = {}: SE = (1 − {})² · (1{spread}) = {}",
            self.true_class + 1,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    fn close(a: Result<f64, MathError>, b: f64) -> bool {
        a.is_ok_and(|a| (a - b).abs() < 1e-12)
    }

    #[test]
    fn the_readouts_match_the_losses_of_math() {
        for (t, z) in [
            (0, MseVsCeState::default().z),
            (2, vec![0.0, 0.0, -5.0]),
            (1, vec![1.0, -2.0, 0.5, 3.0]),
        ] {
            let prediction = Prediction::new(&z, t);
            let y = math::one_hot(t, z.len()).unwrap();
            let q = math::softmax(&z).unwrap();
            let ce = math::softmax_cross_entropy(&y, &z).unwrap();
            assert!(close(prediction.probability_true(), q[t]));
            assert!(close(prediction.cross_entropy(Unit::Nats), ce));
            assert!(close(
                prediction.cross_entropy(Unit::Bits),
                ce / std::f64::consts::LN_2
            ));
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
            "t = 1: SE = (1 − 0.7000)² · (1 + 0.6667² + 0.3333²) = 0.1400"
        );
        assert_eq!(
            prediction.substituted_cross_entropy(Unit::Nats, "nats"),
            "CE = −ln 0.7000 = 0.3567 nats"
        );
        assert_eq!(
            prediction.substituted_gradients(),
            "∂CE/∂z_t = 0.7000 − 1 = −0.3000;  ∂SE/∂z_t = −2 · 0.7000 · 0.1400 = −0.1960"
        );
        let text = &strings(Lang::En).mse_vs_ce();
        assert_eq!(
            prediction.logit_valuetext(0, text),
            "z₁ (class 1) = −0.3567, q = 0.7000"
        );
        assert!(prediction
            .chart_alt(LossChart::Probability, text)
            .contains("q = 0.7000"));
        assert!(prediction
            .chart_alt(LossChart::Gradient, text)
            .contains("−0.1960"));
    }

    /// SE / n against the mean of the squared misses worked out here from the logits, without
    /// `crate::math`.
    #[test]
    fn the_library_mse_is_the_mean_over_the_classes() {
        let cases = [
            (0, MseVsCeState::default().z),
            (2, vec![0.0, 0.0, -5.0]),
            (1, vec![1.0, -2.0, 0.5, 3.0, 0.0, -1.0, 2.5, 0.25]),
        ];
        for (t, z) in cases {
            let exps: Vec<f64> = z.iter().map(|v| v.exp()).collect();
            let total: f64 = exps.iter().sum();
            let misses: f64 = exps
                .iter()
                .enumerate()
                .map(|(i, e)| (e / total - if i == t { 1.0 } else { 0.0 }).powi(2))
                .sum();
            let prediction = Prediction::new(&z, t);
            assert!(
                close(prediction.library_mse(), misses / z.len() as f64),
                "{z:?}"
            );
        }
        // The tutorial's prediction: 0.14 / 3.
        let prediction = Prediction::of(&MseVsCeState::default());
        assert!(close(prediction.library_mse(), 0.14 / 3.0));
        let (en, zh) = (
            &strings(Lang::En).mse_vs_ce(),
            &strings(Lang::Zh).mse_vs_ce(),
        );
        for note in [
            prediction.library_mse_note(en),
            prediction.library_mse_note(zh),
        ] {
            assert!(note.contains("SE/n = 0.1400/3 = 0.0467"), "{note}");
            assert!(
                note.contains("MSELoss") && note.contains("MeanSquaredError"),
                "{note}"
            );
        }
    }

    #[test]
    fn the_classes_are_counted_from_1_for_the_reader() {
        let prediction = Prediction::new(&[0.0, 0.0, -5.0], 2);
        assert!(prediction
            .substituted_squared_error()
            .starts_with("t = 3: "));
        for lang in [Lang::En, Lang::Zh] {
            let text = &strings(lang).mse_vs_ce();
            assert!((text.class_name)(0).contains('1'));
            assert!(!(text.class_name)(0).contains('0'));
            assert!((text.logit_label)(0).starts_with("z₁"));
            assert!((text.logit_label)(7).starts_with("z₈"));
            assert!((text.logit_label)(7).contains('8'));
        }
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
    fn the_charts_are_of_the_prediction() {
        let prediction = Prediction::new(&[0.0, 0.0, -5.0], 2);
        let text = &strings(Lang::En).mse_vs_ce();
        for chart in [
            LossChart::Probability,
            LossChart::Logit,
            LossChart::Gradient,
        ] {
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
