//! The training race of `mse-vs-ce`: both runs, their step counts, the verdict and the chart.

use super::MseVsCeState;
use crate::charts::{Figure, RaceFigure, RaceLabels};
use crate::components::format::{full_precision, rounded_to};
use crate::i18n::Strings;
use crate::lessons::mse_vs_ce::{MseVsCeText, RaceFinish, RaceReading};
use crate::math::{self, MathError, Race, RaceLoss};

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
            Ok(runs) => (strings.mse_vs_ce().race_verdict)(&RaceFinish {
                cross_entropy: runs.cross_entropy.steps_to_target,
                squared_error: runs.squared_error.steps_to_target,
            }),
            Err(error) => (strings.ui.describe_math_error)(error),
        }
    }

    /// A step count as a reader sees it: whole steps, ∞, or what went wrong.
    pub(super) fn steps_text(steps: Result<f64, MathError>, strings: &Strings) -> String {
        steps
            .map(|s| rounded_to(s, 0))
            .unwrap_or_else(|e| (strings.ui.describe_math_error)(&e))
    }

    /// The race chart's text alternative.
    pub fn chart_alt(&self, strings: &Strings) -> String {
        (strings.mse_vs_ce().alt_race)(&RaceReading {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    fn state(true_class: usize, z: &[f64], learning_rate: f64) -> MseVsCeState {
        MseVsCeState {
            true_class,
            z: z.to_vec(),
            learning_rate,
        }
    }

    #[test]
    fn the_races_of_the_tutorial_and_of_a_confident_wrong_start() {
        let race = RaceOutcome::of(&MseVsCeState::default());
        assert_eq!(race.steps_cross_entropy(), Ok(5.0));
        assert_eq!(race.steps_squared_error(), Ok(13.0));
        assert_eq!(race.longest(), 13);
        let race = RaceOutcome::of(&state(2, &[0.0, 0.0, -5.0], 1.0));
        assert_eq!(
            (race.steps_cross_entropy(), race.steps_squared_error()),
            (Ok(11.0), Ok(87.0))
        );
        assert!(!race.hit_the_cap());
        let en = strings(Lang::En);
        assert_eq!(race.verdict(en), "Cross-entropy wins: 11 steps against 87.");
        assert!(race
            .chart_alt(en)
            .contains("Cross-entropy needs 11 steps, squared error 87."));
    }

    #[test]
    fn steps_past_the_cap_read_as_infinity() {
        let race = RaceOutcome::of(&state(2, &[0.0, 0.0, -10.0], 0.1));
        assert_eq!(race.steps_cross_entropy(), Ok(145.0));
        assert_eq!(race.steps_squared_error(), Ok(f64::INFINITY));
        assert!(race.hit_the_cap());
        assert_eq!(race.longest(), math::RACE_STEP_CAP);
        assert!(race
            .chart_alt(strings(Lang::En))
            .contains("squared error ∞"));
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
        assert!(
            matches!(race.figure(usize::MAX, en.mse_vs_ce()), Figure::Race(f) if f.cross_entropy.loss.is_empty())
        );
    }
}
