//! `information`: one probability p (URL `p`), its information content I(p) = −log p, and
//! every number and line the lesson shows about them, as plain Rust.

use super::{InformationAxis, InformationChartAlt};
use crate::charts::{Figure, NegLog, NegLogLabels};
use crate::components::format::full_precision;
use crate::components::format::shown;
use crate::i18n::Strings;
use crate::lessons::kit::{short_probability, ProbabilityPreset};
use crate::math::{self, MathError, Unit};
use crate::state::fields::{read_probability, write_param};
use crate::state::query::{self, Reader};
use crate::state::LessonState;

/// `information`: the probability p of one event (default 0.25), in [0, 1].
#[derive(Clone, Debug, PartialEq)]
pub struct InformationState {
    pub p: f64,
}

impl Default for InformationState {
    fn default() -> Self {
        InformationState { p: 0.25 }
    }
}

impl LessonState for InformationState {
    const KEYS: &'static [&'static str] = &["p"];

    fn read(reader: &mut Reader) -> Self {
        InformationState {
            p: read_probability(reader).unwrap_or(InformationState::default().p),
        }
    }

    fn write(&self, out: &mut String) {
        write_param(out, "p", |out| query::write_numbers(out, &[self.p]));
    }
}

/// The examples of the preset menu: a label chooser and the probability it sets.
pub const PRESETS: [ProbabilityPreset; 4] = [
    (|s| s.information().preset_likely, 0.95),
    (|s| s.information().preset_unlikely, 0.001),
    (|s| s.information().preset_coin, 0.5),
    (|s| s.information().preset_certain, 1.0),
];

/// What the lesson shows for one probability in one unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Information {
    /// The event's probability.
    pub p: f64,
    pub unit: Unit,
    /// I(p) = −log p: 0 at p = 1, infinite at p = 0.
    pub information: Result<f64, MathError>,
}

impl Information {
    /// The information content of an event of probability `p`, in `unit`.
    pub fn new(p: f64, unit: Unit) -> Information {
        Information {
            p,
            unit,
            information: math::information(p, unit),
        }
    }

    /// Whether I(p) is infinite: the event never happens (p = 0).
    pub fn is_infinite(&self) -> bool {
        self.information.as_ref().is_ok_and(|i| i.is_infinite())
    }

    /// Whether the event is certain (p = 1), so it tells nothing: I(1) = 0.
    pub fn is_certain(&self) -> bool {
        self.p == 1.0
    }

    /// The formula with the numbers in: "I(0.25) = −ln 0.25 = 1.3863 nats".
    pub fn steps(&self, s: &Strings) -> Vec<String> {
        let p = short_probability(self.p);
        vec![format!(
            "I({p}) = −{} {p} = {} {}",
            self.unit.log_symbol(),
            shown(&self.information),
            s.ui.unit_name(self.unit),
        )]
    }

    /// What a screen reader says for the slider and announces on a change:
    /// "p = 0.25, I(p) = 1.3863 nats".
    pub fn valuetext(&self, s: &Strings) -> String {
        format!(
            "p = {}, I(p) = {} {}",
            short_probability(self.p),
            shown(&self.information),
            s.ui.unit_name(self.unit)
        )
    }

    /// The CSV export at full precision: a header and one row, p and I(p).
    pub fn csv_rows(&self, s: &Strings) -> Vec<Vec<String>> {
        vec![
            vec![
                "p".to_string(),
                format!("I(p) ({})", s.ui.unit_name(self.unit)),
            ],
            vec![
                full_precision(self.p),
                self.information
                    .clone()
                    .map(full_precision)
                    .unwrap_or_default(),
            ],
        ]
    }

    /// The −log p chart with the current p marked.
    pub fn figure(&self, s: &Strings) -> Figure {
        Figure::NegLog(NegLog {
            p: self.p,
            unit: self.unit,
            labels: NegLogLabels {
                x_axis: s.information().x_axis.to_string(),
                y_axis: (s.information().y_axis)(&InformationAxis {
                    log: self.unit.log_symbol(),
                    unit: s.ui.unit_name(self.unit),
                }),
                infinity: "∞".to_string(),
            },
        })
    }

    /// The chart's text alternative, with the current point.
    pub fn chart_alt(&self, s: &Strings) -> String {
        (s.information().chart_alt)(&InformationChartAlt {
            p: &short_probability(self.p),
            information: &shown(&self.information),
            unit: s.ui.unit_name(self.unit),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    #[test]
    fn information_is_minus_the_log_of_p() {
        let bits = Information::new(0.25, Unit::Bits);
        assert!((bits.information.clone().unwrap() - 2.0).abs() < 1e-12);
        let nats = Information::new(0.25, Unit::Nats);
        assert!((nats.information.clone().unwrap() + 0.25f64.ln()).abs() < 1e-12);
        assert!(Information::new(0.0, Unit::Nats).is_infinite());
        assert!(!nats.is_infinite() && !nats.is_certain());
        let certain = Information::new(1.0, Unit::Bits);
        assert!(certain.is_certain());
        assert_eq!(certain.information, Ok(0.0));
        assert!(Information::new(1.5, Unit::Nats).information.is_err());
    }

    #[test]
    fn each_preset_is_a_probability_its_labels_state() {
        crate::lessons::kit::assert_presets_state_their_p(&PRESETS);
    }

    #[test]
    fn the_likely_event_is_likelier_than_a_coin_toss() {
        let [(_, likely), (_, unlikely), (_, coin), _] = PRESETS;
        assert_eq!(likely, 0.95);
        assert!(likely > coin && unlikely < coin);
    }

    #[test]
    fn lines_state_the_numbers_in_the_unit() {
        let s = strings(Lang::En);
        let shown = Information::new(0.25, Unit::Nats);
        assert_eq!(shown.steps(s), ["I(0.25) = −ln 0.25 = 1.3863 nats"]);
        assert_eq!(shown.valuetext(s), "p = 0.25, I(p) = 1.3863 nats");
        let alt = Information::new(0.5, Unit::Bits).chart_alt(s);
        assert!(alt.contains("p = 0.5, I(p) = 1.0000 bits"), "{alt}");
        let Figure::NegLog(figure) = shown.figure(s) else {
            panic!("the −log p chart");
        };
        assert_eq!(figure.labels.y_axis, "I(p) = −ln p  (nats)");
    }

    #[test]
    fn csv_is_a_header_and_one_full_precision_row() {
        let s = strings(Lang::En);
        let rows = Information::new(0.25, Unit::Nats).csv_rows(s);
        assert_eq!(rows[0], ["p", "I(p) (nats)"]);
        assert_eq!(
            rows[1],
            ["0.25".to_string(), full_precision(-(0.25f64.ln()))]
        );
        // I(0) is infinite; the export says so rather than leaving the cell empty.
        assert_eq!(Information::new(0.0, Unit::Nats).csv_rows(s)[1][1], "inf");
    }
}
