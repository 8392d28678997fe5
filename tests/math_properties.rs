//! Properties of the math module that hold for every input, checked with proptest.
//! Every comparison states its tolerance.

use proptest::prelude::*;
use std::f64::consts::LN_2;
use xent_lab::math::*;

/// A probability distribution over 2..=8 outcomes; some entries are exactly 0 when
/// `with_zeros` (a weight below 0.15 becomes 0), and at least one entry is positive.
fn distribution(with_zeros: bool) -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(0.0f64..1.0, 2..=8).prop_map(move |weights| {
        let mut weights: Vec<f64> = weights
            .into_iter()
            .map(|w| if with_zeros && w < 0.15 { 0.0 } else { w })
            .collect();
        if weights.iter().all(|&w| w == 0.0) {
            weights[0] = 1.0;
        }
        let sum: f64 = weights.iter().sum();
        weights.iter().map(|w| w / sum).collect()
    })
}

/// Two distributions of the same length, q strictly positive.
fn distribution_pair() -> impl Strategy<Value = (Vec<f64>, Vec<f64>)> {
    (2usize..=8).prop_flat_map(|n| {
        (
            prop::collection::vec(0.0f64..1.0, n),
            prop::collection::vec(0.001f64..1.0, n),
        )
            .prop_map(|(p, q)| {
                let normalise = |v: Vec<f64>| {
                    let v: Vec<f64> = v
                        .into_iter()
                        .map(|w| if w < 0.1 { 0.0 } else { w })
                        .collect();
                    let sum: f64 = v.iter().sum();
                    if sum == 0.0 {
                        let mut one = vec![0.0; v.len()];
                        one[0] = 1.0;
                        return one;
                    }
                    v.iter().map(|w| w / sum).collect::<Vec<f64>>()
                };
                let q_sum: f64 = q.iter().sum();
                (normalise(p), q.iter().map(|w| w / q_sum).collect())
            })
    })
}

/// Logits and a label (one-hot or soft) of the same length.
fn logits_and_label() -> impl Strategy<Value = (Vec<f64>, Vec<f64>)> {
    (2usize..=6).prop_flat_map(|n| {
        (
            prop::collection::vec(-6.0f64..6.0, n),
            prop_oneof![
                (0..n).prop_map(move |t| one_hot(t, n).unwrap()),
                prop::collection::vec(0.01f64..1.0, n).prop_map(|w| {
                    let sum: f64 = w.iter().sum();
                    w.iter().map(|x| x / sum).collect()
                }),
            ],
        )
    })
}

fn l1_distance(p: &[f64], q: &[f64]) -> f64 {
    p.iter().zip(q).map(|(a, b)| (a - b).abs()).sum()
}

/// Central finite difference of `loss` along each logit: (L(z + h e_k) - L(z - h e_k)) / 2h.
fn central_difference(z: &[f64], loss: impl Fn(&[f64]) -> f64) -> Vec<f64> {
    const STEP: f64 = 1e-5;
    (0..z.len())
        .map(|k| {
            let mut up = z.to_vec();
            let mut down = z.to_vec();
            up[k] += STEP;
            down[k] -= STEP;
            (loss(&up) - loss(&down)) / (2.0 * STEP)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// D(P||Q) >= 0, D(P||P) = 0 exactly, and Pinsker's inequality D >= |P - Q|_1^2 / 2 (nats),
    /// so D is 0 only at P = Q. Tolerance on Pinsker: 1e-12.
    #[test]
    fn kl_is_non_negative_and_zero_only_at_equality((p, q) in distribution_pair()) {
        let kl = kl_divergence(&p, &q, Unit::Nats).unwrap();
        prop_assert!(kl >= 0.0);
        prop_assert_eq!(kl_divergence(&p, &p, Unit::Nats).unwrap(), 0.0);
        let distance = l1_distance(&p, &q);
        prop_assert!(kl >= distance * distance / 2.0 - 1e-12, "kl {} l1 {}", kl, distance);
    }

    /// H(P, Q) = H(P) + D(P||Q), with H(P, Q) summed directly from its terms.
    /// Tolerance: 1e-12 (1 + |H(P, Q)|).
    #[test]
    fn cross_entropy_is_entropy_plus_kl((p, q) in distribution_pair()) {
        let direct: f64 = cross_entropy_terms(&p, &q, Unit::Nats).unwrap().iter().sum();
        let split = entropy(&p, Unit::Nats).unwrap() + kl_divergence(&p, &q, Unit::Nats).unwrap();
        prop_assert!((direct - split).abs() <= 1e-12 * (1.0 + direct.abs()), "{} vs {}", direct, split);
        let reported = cross_entropy(&p, &q, Unit::Nats).unwrap();
        prop_assert!((reported - direct).abs() <= 1e-12 * (1.0 + direct.abs()));
        let kl_summed: f64 = kl_terms(&p, &q, Unit::Nats).unwrap().iter().sum();
        let kl = kl_divergence(&p, &q, Unit::Nats).unwrap();
        prop_assert!((kl_summed.max(0.0) - kl).abs() <= 1e-12 * (1.0 + kl));
    }

    /// H(P, Q) >= H(P) with no tolerance at all (also for Q equal to P).
    #[test]
    fn cross_entropy_is_at_least_entropy((p, q) in distribution_pair()) {
        for unit in Unit::ALL {
            let h = entropy(&p, unit).unwrap();
            prop_assert!(cross_entropy(&p, &q, unit).unwrap() >= h);
            prop_assert!(cross_entropy(&p, &p, unit).unwrap() >= h);
        }
    }

    /// Every quantity in bits is the quantity in nats divided by ln 2. Tolerance: 1e-14 relative.
    #[test]
    fn bits_are_nats_over_ln_2((p, q) in distribution_pair(), x in 0.0f64..=1.0) {
        let pairs = [
            (entropy(&p, Unit::Nats), entropy(&p, Unit::Bits)),
            (kl_divergence(&p, &q, Unit::Nats), kl_divergence(&p, &q, Unit::Bits)),
            (cross_entropy(&p, &q, Unit::Nats), cross_entropy(&p, &q, Unit::Bits)),
            (information(x, Unit::Nats), information(x, Unit::Bits)),
            (binary_entropy(x, Unit::Nats), binary_entropy(x, Unit::Bits)),
        ];
        for (nats, bits) in pairs {
            let (nats, bits) = (nats.unwrap(), bits.unwrap());
            if nats.is_infinite() {
                prop_assert_eq!(bits, nats);
            } else {
                prop_assert!((bits - nats / LN_2).abs() <= 1e-14 * bits.abs(), "{} {}", nats, bits);
            }
        }
    }

    /// softmax(z) is a distribution: entries in [0, 1] summing to 1 within 1e-12, even for
    /// logits of +-1000; and log_softmax = ln softmax where softmax is not tiny (1e-12).
    #[test]
    fn softmax_sums_to_one(z in prop::collection::vec(-1000.0f64..1000.0, 1..=8)) {
        let q = softmax(&z).unwrap();
        prop_assert!(q.iter().all(|&qi| (0.0..=1.0).contains(&qi)));
        let sum: f64 = q.iter().sum();
        prop_assert!((sum - 1.0).abs() <= 1e-12, "sum {}", sum);
        let log_q = log_softmax(&z).unwrap();
        for (qi, lqi) in q.iter().zip(&log_q) {
            if *qi > 1e-300 {
                prop_assert!((qi.ln() - lqi).abs() <= 1e-12 * (1.0 + lqi.abs()));
            }
        }
    }

    /// The softmax cross-entropy gradient matches central finite differences (h = 1e-5).
    /// Tolerance: 1e-7 absolute.
    #[test]
    fn cross_entropy_gradient_matches_finite_differences((z, y) in logits_and_label()) {
        let analytic = grad_softmax_cross_entropy(&y, &z).unwrap();
        let numeric = central_difference(&z, |z| softmax_cross_entropy(&y, z).unwrap());
        for (a, n) in analytic.iter().zip(&numeric) {
            prop_assert!((a - n).abs() <= 1e-7, "analytic {:?} numeric {:?}", analytic, numeric);
        }
    }

    /// The gradient of the squared error after a softmax matches central finite differences
    /// (h = 1e-5). Tolerance: 1e-7 absolute.
    #[test]
    fn squared_error_gradient_matches_finite_differences((z, y) in logits_and_label()) {
        let analytic = grad_softmax_squared_error(&y, &z).unwrap();
        let numeric = central_difference(&z, |z| squared_error(&y, &softmax(z).unwrap()).unwrap());
        for (a, n) in analytic.iter().zip(&numeric) {
            prop_assert!((a - n).abs() <= 1e-7, "analytic {:?} numeric {:?}", analytic, numeric);
        }
    }

    /// Along the true logit, the lesson's closed forms hold: dCE/dz_t = q_t - 1 and
    /// dSE/dz_t = -2 q_t SE, and SE equals (1 - q_t)^2 (1 + sum r_i^2). Tolerance: 1e-12.
    #[test]
    fn curves_match_the_closed_forms(
        (z, y) in logits_and_label(),
        true_logit in -10.0f64..10.0,
        pick in 0usize..8,
    ) {
        let _ = y;
        let t = pick % z.len();
        let point = along_true_logit(&z, t, true_logit).unwrap();
        let q = point.probability_true;
        prop_assert!((point.grad_cross_entropy - (q - 1.0)).abs() <= 1e-12);
        prop_assert!((point.grad_squared_error + 2.0 * q * point.squared_error).abs() <= 1e-12);
        let shares = other_class_shares(&z, t).unwrap();
        let along = squared_error_along_probability(q, &shares).unwrap();
        prop_assert!((along - point.squared_error).abs() <= 1e-12);
        prop_assert!((point.cross_entropy + q.ln()).abs() <= 1e-12 * (1.0 + point.cross_entropy));
    }

    /// set_entry keeps a distribution and sets the entry to the clamped value.
    #[test]
    fn set_entry_keeps_a_distribution(p in distribution(true), pick in 0usize..8, value in -0.5f64..1.5) {
        let index = pick % p.len();
        let edited = set_entry(&p, index, value).unwrap();
        prop_assert_eq!(edited.len(), p.len());
        prop_assert!(check_distribution(&edited).is_ok(), "{:?}", edited);
        prop_assert_eq!(edited[index], xent_lab::math::clamp(value, 0.0, 1.0));
    }

    /// From a confident and wrong start (the true class's logit far below a rival's), gradient
    /// descent with cross-entropy reaches q_t >= 0.9 in fewer steps than with the squared error.
    #[test]
    fn cross_entropy_wins_the_race_from_a_confident_wrong_start(
        others in prop::collection::vec(-1.0f64..1.0, 1..=5),
        gap in 4.0f64..8.0,
        learning_rate in 0.2f64..2.0,
        pick in 0usize..6,
    ) {
        let t = pick % (others.len() + 1);
        let mut z = others.clone();
        z.insert(t, -gap);
        let ce = training_race(&z, t, learning_rate, RaceLoss::CrossEntropy).unwrap();
        let se = training_race(&z, t, learning_rate, RaceLoss::SquaredError).unwrap();
        let ce_steps = ce.steps_to_target.expect("cross-entropy reaches the target");
        prop_assert!(ce_steps > 0);
        prop_assert!(se.steps_to_target.is_none_or(|se_steps| ce_steps < se_steps),
            "ce {} se {:?}", ce_steps, se.steps_to_target);
    }

    /// Nothing panics or returns NaN, whatever the input: errors are values.
    #[test]
    fn errors_are_values_never_nan(
        v in prop::collection::vec(prop_oneof![
            Just(f64::NAN), Just(f64::INFINITY), Just(-1.0), Just(0.0), Just(1.0), -2.0f64..2.0
        ], 0..5),
        w in prop::collection::vec(-2.0f64..2.0, 0..5),
    ) {
        let scalars = [
            entropy(&v, Unit::Nats), kl_divergence(&v, &w, Unit::Bits),
            cross_entropy(&w, &v, Unit::Nats), softmax_cross_entropy(&v, &w),
            squared_error(&v, &w), log_sum_exp(&v),
        ];
        for result in scalars.into_iter().flatten() {
            prop_assert!(!result.is_nan());
        }
        let vectors = [
            softmax(&v), log_softmax(&w), grad_softmax_cross_entropy(&w, &v),
            grad_softmax_squared_error(&v, &w), binary_cross_entropy(&v, &w),
            binary_cross_entropy_with_logits(&v, &w), renormalise(&v),
        ];
        for result in vectors.into_iter().flatten() {
            prop_assert!(result.iter().all(|x| !x.is_nan()));
        }
    }
}
