//! The words of the `cross-entropy` practice questions.

/// A soft label P and a prediction Q as a question writes them, and the unit asked for.
#[derive(Debug)]
pub struct Pair<'a> {
    /// P, e.g. "(0.5, 0.3, 0.2)".
    pub p: &'a str,
    /// Q, written like P.
    pub q: &'a str,
    /// The unit asked for, e.g. "bits".
    pub unit: &'a str,
}

/// A one-hot label, a prediction and the unit asked for.
#[derive(Debug)]
pub struct OneHot<'a> {
    /// P, e.g. "(0, 1, 0)".
    pub p: &'a str,
    /// The prediction Q.
    pub q: &'a str,
    /// The true class, e.g. "x₂".
    pub class: &'a str,
    /// Q's probability of the true class.
    pub q_true: &'a str,
    /// The unit asked for.
    pub unit: &'a str,
}

/// A one-hot label and a change of the prediction that moves the true class's probability.
#[derive(Debug)]
pub struct Step<'a> {
    /// The prediction Q before the change.
    pub q: &'a str,
    /// The true class, e.g. "x₂".
    pub class: &'a str,
    /// q of the true class before the change.
    pub before: &'a str,
    /// q of the true class after the change.
    pub after: &'a str,
}

/// A soft label, its entropy, a prediction and the unit.
#[derive(Debug)]
pub struct Constant<'a> {
    /// The soft label P.
    pub p: &'a str,
    /// The prediction Q.
    pub q: &'a str,
    /// H(P), rounded.
    pub entropy_p: &'a str,
    /// The unit of H(P).
    pub unit: &'a str,
}

/// The `cross-entropy` practice strings of one language.
#[derive(Debug)]
pub struct CrossEntropyPractice {
    /// H(P, Q) of a soft label and a prediction, in the unit asked for.
    pub soft: fn(&Pair) -> String,
    /// How the two parts add up.
    pub soft_solution: &'static str,
    /// H(P, Q) of a one-hot label: −log q of the true class.
    pub one_hot: fn(&OneHot) -> String,
    /// Why only the true class's term is left.
    pub one_hot_solution: fn(&OneHot) -> String,
    /// Whether H(P, Q) rises or falls when the true class's probability moves.
    pub step: fn(&Step) -> String,
    /// Falls, rises, stays the same, depends on the other entries: in this order.
    pub step_options: [&'static str; 4],
    /// Why the loss moves against q of the true class.
    pub step_solution: fn(&Step) -> String,
    /// Why H(P) drops out of the loss when training Q.
    pub constant: fn(&Constant) -> String,
    /// The right option first (H(P) does not depend on Q); then H(P) is 0, D(P‖Q) is larger,
    /// training changes P.
    pub constant_options: [&'static str; 4],
    /// Why H(P) is a constant of training.
    pub constant_solution: fn(&Constant) -> String,
}

/// The English strings.
pub const EN: CrossEntropyPractice = CrossEntropyPractice {
    soft: |a| format!("The label is soft: P = {}. The model predicts Q = {}. What is the cross-entropy H(P, Q), in {}?", a.p, a.q, a.unit),
    soft_solution: "Add the two parts, or sum −pᵢ·log qᵢ directly: the result is the same. A soft label has H(P) > 0, so the loss is more than D(P‖Q); leaving out either part is the usual slip.",
    one_hot: |a| format!("The label is one-hot on class {}: P = {}. The model predicts Q = {}. What is H(P, Q), in {}?", a.class, a.p, a.q, a.unit),
    one_hot_solution: |a| format!("Every term with pᵢ = 0 drops out, and H(P) = 0: only the true class is left, H(P, Q) = −log q({}) = −log {}. The other entries of Q do not enter.", a.class, a.q_true),
    step: |a| format!("The label is one-hot on class {} and the model predicts Q = {}. Then its prediction changes: q({}) moves from {} to {}, the other entries in proportion. What happens to H(P, Q)?", a.class, a.q, a.class, a.before, a.after),
    step_options: [
        "It falls",
        "It rises",
        "It stays the same",
        "It depends on how the other entries change",
    ],
    step_solution: |a| format!("With a one-hot label, H(P, Q) = −log q({}) and nothing else: a larger q({}) means a smaller loss, a smaller one a larger loss, whatever the other entries do. Set q({}) to {} in the lab to see it.", a.class, a.class, a.class, a.after),
    constant: |a| format!("The label P = {} is soft, so H(P) = {} {}. The model predicts Q = {}. Why does minimising H(P, Q) = H(P) + D(P‖Q) give the same Q as minimising D(P‖Q)?", a.p, a.entropy_p, a.unit, a.q),
    constant_options: [
        "H(P) depends only on the label, not on Q: it stays constant while the model trains",
        "H(P) is always 0",
        "D(P‖Q) is always larger than H(P)",
        "Training changes P until H(P) reaches 0",
    ],
    constant_solution: |a| format!("Training changes only Q. H(P) = {} {} for every Q the model may predict, so H(P, Q) and D(P‖Q) rise and fall together and are smallest at the same Q (Q = P). Move Q in the lab: H(P) stays put.", a.entropy_p, a.unit),
};

/// The Simplified Chinese strings.
pub const ZH: CrossEntropyPractice = CrossEntropyPractice {
    soft: |a| format!("标签是软分布：P = {}。模型预测 Q = {}。交叉熵 H(P, Q) 是多少（单位：{}）？", a.p, a.q, a.unit),
    soft_solution: "把两部分相加，或直接求 −pᵢ·log qᵢ 之和，结果相同。软标签的 H(P) 大于 0，所以损失比 D(P‖Q) 大；漏掉其中一部分是常见的错误。",
    one_hot: |a| format!("标签是类别 {} 的独热（one-hot）向量：P = {}。模型预测 Q = {}。H(P, Q) 是多少（单位：{}）？", a.class, a.p, a.q, a.unit),
    one_hot_solution: |a| format!("pᵢ = 0 的项都消失了，而且 H(P) = 0：只剩真实类别这一项，H(P, Q) = −log q({}) = −log {}。Q 的其他分量不起作用。", a.class, a.q_true),
    step: |a| format!("标签是类别 {} 的独热向量，模型预测 Q = {}。随后预测发生变化：q({}) 从 {} 变为 {}，其他分量按比例变化。H(P, Q) 会怎样？", a.class, a.q, a.class, a.before, a.after),
    step_options: ["变小", "变大", "不变", "取决于其他分量怎样变化"],
    step_solution: |a| format!("用独热标签时，H(P, Q) = −log q({})，与其他分量无关：q({}) 变大，损失就变小；变小，损失就变大。在实验中把 q({}) 设为 {} 即可看到。", a.class, a.class, a.class, a.after),
    constant: |a| format!("标签 P = {} 是软分布，所以 H(P) = {} {}。模型预测 Q = {}。为什么最小化 H(P, Q) = H(P) + D(P‖Q) 与最小化 D(P‖Q) 得到的是同一个 Q？", a.p, a.entropy_p, a.unit, a.q),
    constant_options: [
        "H(P) 只取决于标签，与 Q 无关：训练过程中它是常数",
        "H(P) 总是 0",
        "D(P‖Q) 总是大于 H(P)",
        "训练会改变 P，直到 H(P) 变为 0",
    ],
    constant_solution: |a| format!("训练只改变 Q。无论模型预测什么 Q，H(P) 都是 {} {}，所以 H(P, Q) 和 D(P‖Q) 同升同降，并在同一个 Q（Q = P）处最小。在实验中拖动 Q：H(P) 始终不变。", a.entropy_p, a.unit),
};
