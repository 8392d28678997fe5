//! The training race of the MSE-vs-CE lesson: gradient descent on the logits of one sample,
//! once with cross-entropy and once with the squared error after a softmax.

use super::activation::SoftmaxParts;
use super::distribution::one_hot;
use super::error::{check_class, check_logits, MathError};
use super::loss::{
    cross_entropy_of_parts, grad_cross_entropy_of, grad_squared_error_of, squared_error,
};

/// The loss a race runner descends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RaceLoss {
    /// L = -ln softmax(z)_t.
    CrossEntropy,
    /// L = sum_i (y_i - softmax(z)_i)^2 with y one-hot at t.
    SquaredError,
}

/// The race is won when the true class's probability reaches this value.
pub const RACE_TARGET: f64 = 0.9;
/// The race gives up after this many steps.
pub const RACE_STEP_CAP: usize = 10_000;

/// The trajectory of one race runner.
#[derive(Clone, Debug, PartialEq)]
pub struct Race {
    /// q_t at the start (index 0) and after each step.
    pub probability_true: Vec<f64>,
    /// The loss (nats for cross-entropy) at the start and after each step.
    pub loss: Vec<f64>,
    /// Steps until q_t >= RACE_TARGET: Some(0) if it starts there, None if the cap came first.
    pub steps_to_target: Option<usize>,
}

/// Plain gradient descent on all logits, z <- z - lr dL/dz, for L = softmax cross-entropy or
/// the squared error after a softmax, with a one-hot label at `true_class`.
///
/// Records q_t and L at the start and after each step until q_t >= RACE_TARGET (0.9) or
/// RACE_STEP_CAP (10,000) steps. The learning rate must be finite and > 0; a rate so large
/// that the logits overflow is reported as an invalid learning rate too.
pub fn training_race(
    z: &[f64],
    true_class: usize,
    learning_rate: f64,
    loss: RaceLoss,
) -> Result<Race, MathError> {
    check_logits(z)?;
    check_class(true_class, z.len())?;
    let bad_rate = MathError::InvalidParameter {
        name: "learning_rate",
        value: learning_rate,
    };
    if !(learning_rate.is_finite() && learning_rate > 0.0) {
        return Err(bad_rate);
    }
    let label = one_hot(true_class, z.len())?;
    let mut logits = z.to_vec();
    let mut race = Race {
        probability_true: Vec::new(),
        loss: Vec::new(),
        steps_to_target: None,
    };
    for step in 0..=RACE_STEP_CAP {
        // One softmax per step serves the loss and the gradient: the same numbers as
        // `softmax_cross_entropy` and the `grad_softmax_*` functions, without working the
        // softmax out three times (a race can take 10,000 steps, and runs on every move).
        // Building it checks the logits; logits that overflowed mean the rate was too large.
        let Ok(parts) = SoftmaxParts::new(&logits) else {
            return Err(bad_rate);
        };
        let q = parts.softmax();
        let q_true = q[true_class];
        race.probability_true.push(q_true);
        race.loss.push(match loss {
            RaceLoss::CrossEntropy => cross_entropy_of_parts(&label, &parts),
            RaceLoss::SquaredError => squared_error(&label, &q)?,
        });
        if q_true >= RACE_TARGET {
            race.steps_to_target = Some(step);
            break;
        }
        if step == RACE_STEP_CAP {
            break;
        }
        let q_others = parts.softmax_complements();
        let gradient = match loss {
            RaceLoss::CrossEntropy => grad_cross_entropy_of(&label, &q, &q_others),
            RaceLoss::SquaredError => grad_squared_error_of(&label, &q, &q_others),
        };
        for (zi, gi) in logits.iter_mut().zip(&gradient) {
            *zi -= learning_rate * gi;
        }
    }
    Ok(race)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn race_starting_at_the_target_takes_no_step() {
        let race = training_race(&[5.0, 0.0], 0, 1.0, RaceLoss::SquaredError).unwrap();
        assert_eq!(race.steps_to_target, Some(0));
        assert_eq!(race.probability_true.len(), 1);
        assert_eq!(race.loss.len(), 1);
    }

    #[test]
    fn race_records_every_step() {
        let race = training_race(&[0.0, 0.0, -5.0], 2, 1.0, RaceLoss::CrossEntropy).unwrap();
        let steps = race.steps_to_target.unwrap();
        assert_eq!(race.probability_true.len(), steps + 1);
        assert!(race.probability_true[steps] >= RACE_TARGET);
        assert!(race.probability_true[steps - 1] < RACE_TARGET);
    }

    #[test]
    fn race_refuses_bad_rates() {
        for rate in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert!(matches!(
                training_race(&[0.0, 0.0], 0, rate, RaceLoss::CrossEntropy),
                Err(MathError::InvalidParameter {
                    name: "learning_rate",
                    ..
                })
            ));
        }
    }

    /// The race as the public loss functions run it, step by step, each working out its own
    /// softmax: the race must give the same numbers, bit for bit.
    fn race_by_public_functions(z: &[f64], t: usize, rate: f64, loss: RaceLoss) -> Race {
        use crate::math::{
            grad_softmax_cross_entropy, grad_softmax_squared_error, softmax, softmax_cross_entropy,
        };
        let label = one_hot(t, z.len()).unwrap();
        let mut logits = z.to_vec();
        let (mut probability_true, mut losses) = (Vec::new(), Vec::new());
        for step in 0..=RACE_STEP_CAP {
            let q = softmax(&logits).unwrap();
            probability_true.push(q[t]);
            losses.push(match loss {
                RaceLoss::CrossEntropy => softmax_cross_entropy(&label, &logits).unwrap(),
                RaceLoss::SquaredError => squared_error(&label, &q).unwrap(),
            });
            if q[t] >= RACE_TARGET || step == RACE_STEP_CAP {
                let steps_to_target = (q[t] >= RACE_TARGET).then_some(step);
                return Race {
                    probability_true,
                    loss: losses,
                    steps_to_target,
                };
            }
            let gradient = match loss {
                RaceLoss::CrossEntropy => grad_softmax_cross_entropy(&label, &logits).unwrap(),
                RaceLoss::SquaredError => grad_softmax_squared_error(&label, &logits).unwrap(),
            };
            for (zi, gi) in logits.iter_mut().zip(&gradient) {
                *zi -= rate * gi;
            }
        }
        unreachable!("the loop returns at the cap")
    }

    #[test]
    fn race_gives_the_numbers_of_the_public_loss_functions() {
        for start in [
            vec![0.7f64.ln(), 0.2f64.ln(), 0.1f64.ln()],
            vec![0.0, 0.0, -5.0],
            vec![-10.0, 0.2f64.ln(), 0.1f64.ln()],
            vec![3.0, -1.0, 0.5, 2.0, -4.0],
            vec![0.0, 40.0],
        ] {
            for t in [0, start.len() - 1] {
                for rate in [0.1, 1.0, 4.0] {
                    for loss in [RaceLoss::CrossEntropy, RaceLoss::SquaredError] {
                        assert_eq!(
                            training_race(&start, t, rate, loss).unwrap(),
                            race_by_public_functions(&start, t, rate, loss),
                            "start {start:?}, class {t}, rate {rate}, {loss:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn race_hitting_the_cap_reports_none() {
        let race = training_race(&[0.0, 0.0], 0, 1e-9, RaceLoss::CrossEntropy).unwrap();
        assert_eq!(race.steps_to_target, None);
        assert_eq!(race.probability_true.len(), RACE_STEP_CAP + 1);
    }
}
