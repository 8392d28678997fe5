//! The worked numbers of the source tutorial (the defaults of each lesson are its examples), as the lessons show them.

use xent_lab::math::*;

/// The value rounded to `decimals` places, as the visible text shows it.
fn shown(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}")
}

#[test]
fn power_button_entropy() {
    let p = [0.7, 0.2, 0.1];
    let information: Vec<String> = p
        .iter()
        .map(|&pi| shown(information(pi, Unit::Nats).unwrap(), 3))
        .collect();
    assert_eq!(information, ["0.357", "1.609", "2.303"]);
    assert_eq!(shown(entropy(&p, Unit::Nats).unwrap(), 4), "0.8018");
    assert_eq!(shown(entropy(&p, Unit::Bits).unwrap(), 4), "1.1568");
    let terms: f64 = entropy_terms(&p, Unit::Nats).unwrap().iter().sum();
    assert_eq!(shown(terms, 4), "0.8018");
}

#[test]
fn coin_toss_peaks_at_one_bit() {
    assert_eq!(binary_entropy(0.5, Unit::Bits), Ok(1.0));
    assert_eq!(binary_entropy(0.5, Unit::Nats), Ok(std::f64::consts::LN_2));
    assert_eq!(shown(binary_entropy(0.3, Unit::Nats).unwrap(), 4), "0.6109");
}

#[test]
fn single_label_example() {
    let label = [0.0, 1.0, 0.0];
    let prediction = [0.3, 0.6, 0.1];
    assert_eq!(
        shown(cross_entropy(&label, &prediction, Unit::Nats).unwrap(), 4),
        "0.5108"
    );
    let batch = batch_cross_entropy(&[label.to_vec()], &[prediction.to_vec()]).unwrap();
    assert_eq!(shown(batch, 4), "0.5108");
    let logits: Vec<f64> = prediction.iter().map(|q: &f64| q.ln()).collect();
    assert_eq!(
        shown(softmax_cross_entropy(&label, &logits).unwrap(), 4),
        "0.5108"
    );
}

#[test]
fn multi_label_example() {
    let labels = [vec![0.0, 1.0, 1.0]];
    let predictions = [vec![0.1, 0.7, 0.8]];
    let (label, prediction) = (&labels[0], &predictions[0]);
    let nodes: Vec<String> = binary_cross_entropy(label, prediction)
        .unwrap()
        .iter()
        .map(|&loss| shown(loss, 4))
        .collect();
    assert_eq!(nodes, ["0.1054", "0.3567", "0.2231"]);
    let samples = multilabel_sample_losses(&labels, &predictions).unwrap();
    assert_eq!(shown(samples[0], 4), "0.6852");
    let batch = |reduction| {
        shown(
            batch_multilabel_loss(&labels, &predictions, reduction).unwrap(),
            4,
        )
    };
    assert_eq!(batch(Reduction::Sum), "0.6852");
    assert_eq!(batch(Reduction::MeanOverSamples), "0.6852");
    assert_eq!(batch(Reduction::MeanOverElements), "0.2284");
    // Keras reports the mean over the nodes of a sample.
    let keras = keras_binary_cross_entropy(label, prediction).unwrap();
    assert_eq!(
        shown(keras.iter().sum::<f64>() / keras.len() as f64, 4),
        "0.2284"
    );
    // The same nodes from logits.
    let logits: Vec<f64> = prediction.iter().map(|&q| logit(q).unwrap()).collect();
    let from_logits = binary_cross_entropy_with_logits(label, &logits).unwrap();
    assert_eq!(shown(from_logits.iter().sum(), 4), "0.6852");
}

#[test]
fn libraries_clamp_a_zero_prediction() {
    assert_eq!(
        binary_cross_entropy(&[1.0], &[0.0]),
        Ok(vec![f64::INFINITY])
    );
    assert_eq!(
        pytorch_binary_cross_entropy(&[1.0], &[0.0]),
        Ok(vec![100.0])
    );
    assert_eq!(
        shown(keras_binary_cross_entropy(&[1.0], &[0.0]).unwrap()[0], 3),
        "16.118"
    );
}

#[test]
fn mse_versus_cross_entropy_defaults() {
    let z = [0.7f64.ln(), 0.2f64.ln(), 0.1f64.ln()];
    let point = along_true_logit(&z, 0, z[0]).unwrap();
    assert_eq!(shown(point.probability_true, 4), "0.7000");
    assert_eq!(shown(point.squared_error, 4), "0.1400");
    assert_eq!(shown(point.grad_cross_entropy, 4), "-0.3000");
    assert_eq!(shown(point.grad_squared_error, 4), "-0.1960");
    assert_eq!(shown(point.cross_entropy, 4), "0.3567");
    let label = one_hot(0, 3).unwrap();
    let grad_ce = grad_softmax_cross_entropy(&label, &z).unwrap();
    let grad_se = grad_softmax_squared_error(&label, &z).unwrap();
    assert!((grad_ce[0] + 0.3).abs() < 1e-15, "{grad_ce:?}");
    assert!((grad_se[0] + 0.196).abs() < 1e-15, "{grad_se:?}");
    let shares = other_class_shares(&z, 0).unwrap();
    let along = squared_error_along_probability(0.7, &shares).unwrap();
    assert!((along - 0.14).abs() < 1e-15, "{along}");
}

#[test]
fn race_from_a_confident_wrong_start() {
    let z = [0.0, 0.0, -5.0];
    let ce = training_race(&z, 2, 1.0, RaceLoss::CrossEntropy).unwrap();
    let se = training_race(&z, 2, 1.0, RaceLoss::SquaredError).unwrap();
    println!(
        "race from z = (0, 0, -5), true class 2, lr 1: cross-entropy {:?} steps, squared error {:?} steps",
        ce.steps_to_target, se.steps_to_target
    );
    let ce_steps = ce.steps_to_target.expect("cross-entropy reaches 0.9");
    assert!(se
        .steps_to_target
        .is_none_or(|se_steps| ce_steps < se_steps));
    assert!(ce.probability_true[0] < 0.01);
    // Cross-entropy's loss falls at every step of plain gradient descent here.
    assert!(ce.loss.windows(2).all(|pair| pair[1] < pair[0]));
}
