//! Benchmarks of the batch losses the lessons recompute on every slider move:
//! batches of 1, 64 and 4096 samples of 10 classes. Run with `cargo bench --bench math`.

use xent_lab::math::{batch_cross_entropy, batch_multilabel_loss, Reduction};

const CLASSES: usize = 10;

fn main() {
    divan::main();
}

/// A deterministic single-label batch: one-hot labels and softmax-like predictions.
fn single_label_batch(samples: usize) -> (Vec<Vec<f64>>, Vec<Vec<f64>>) {
    let labels = (0..samples)
        .map(|j| {
            (0..CLASSES)
                .map(|i| f64::from(u8::from(i == j % CLASSES)))
                .collect()
        })
        .collect();
    let preds = (0..samples)
        .map(|j| {
            let weights: Vec<f64> = (0..CLASSES)
                .map(|i| 1.0 + ((i * 7 + j * 3) % 11) as f64)
                .collect();
            let sum: f64 = weights.iter().sum();
            weights.iter().map(|w| w / sum).collect()
        })
        .collect();
    (labels, preds)
}

/// A deterministic multi-label batch: n-hot labels and per-node probabilities in (0, 1).
fn multi_label_batch(samples: usize) -> (Vec<Vec<f64>>, Vec<Vec<f64>>) {
    let labels = (0..samples)
        .map(|j| {
            (0..CLASSES)
                .map(|i| f64::from(u8::from((i + j) % 3 == 0)))
                .collect()
        })
        .collect();
    let preds = (0..samples)
        .map(|j| {
            (0..CLASSES)
                .map(|i| (1 + (i * 5 + j) % 19) as f64 / 20.0)
                .collect()
        })
        .collect();
    (labels, preds)
}

#[divan::bench(args = [1, 64, 4096])]
fn cross_entropy_batch(bencher: divan::Bencher, samples: usize) {
    let (labels, preds) = single_label_batch(samples);
    bencher.bench(|| batch_cross_entropy(divan::black_box(&labels), divan::black_box(&preds)));
}

#[divan::bench(args = [1, 64, 4096])]
fn multilabel_batch(bencher: divan::Bencher, samples: usize) {
    let (labels, preds) = multi_label_batch(samples);
    bencher.bench(|| {
        batch_multilabel_loss(
            divan::black_box(&labels),
            divan::black_box(&preds),
            Reduction::MeanOverElements,
        )
    });
}
