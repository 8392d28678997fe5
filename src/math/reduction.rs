//! How a multi-label batch loss reduces its m x n per-node losses to one number.

/// The reduction of a batch of per-node binary cross-entropies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Reduction {
    /// sum_j sum_i loss_ji: the tutorial's formula, PyTorch `reduction='sum'`.
    #[default]
    Sum,
    /// (1/m) sum_j sum_i loss_ji: the mean of the per-sample sums, common in hand-written code.
    MeanOverSamples,
    /// (1/(m n)) sum_j sum_i loss_ji: PyTorch's BCELoss default and Keras' binary cross-entropy.
    MeanOverElements,
}

impl Reduction {
    /// All reductions, in the order the lesson lists them.
    pub const ALL: [Reduction; 3] = [
        Reduction::Sum,
        Reduction::MeanOverSamples,
        Reduction::MeanOverElements,
    ];

    /// The identifier used in URLs and in the reference cases.
    pub fn id(self) -> &'static str {
        match self {
            Reduction::Sum => "sum",
            Reduction::MeanOverSamples => "mean_over_samples",
            Reduction::MeanOverElements => "mean_over_elements",
        }
    }

    /// Parses the identifier (`sum`, `mean_over_samples`, `mean_over_elements`).
    pub fn parse(s: &str) -> Option<Reduction> {
        Reduction::ALL.into_iter().find(|r| r.id() == s)
    }

    /// The divisor applied to the total over a batch of `samples` x `nodes`: 1, m or m*n.
    pub fn divisor(self, samples: usize, nodes: usize) -> f64 {
        match self {
            Reduction::Sum => 1.0,
            Reduction::MeanOverSamples => samples as f64,
            Reduction::MeanOverElements => (samples * nodes) as f64,
        }
    }
}
