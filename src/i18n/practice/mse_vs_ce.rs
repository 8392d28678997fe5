//! The words of the `mse-vs-ce` practice questions.

/// A probability q_t of the true class, out of `classes` classes.
#[derive(Debug)]
pub struct AtProbability<'a> {
    pub classes: usize,
    /// The true class, counted from 1 as the page counts classes.
    pub class: usize,
    pub q: &'a str,
}

/// Logits and the true class, for the questions that start from logits.
#[derive(Debug)]
pub struct FromLogits<'a> {
    /// z written out: "(0.5, −1.2, 2.0)".
    pub logits: &'a str,
    /// The true class, counted from 1.
    pub class: usize,
    /// The unit's name, for the cross-entropy; empty where the answer has no unit.
    pub unit: &'a str,
}

/// The number of classes a library's mean squared error divides by.
#[derive(Debug)]
pub struct LibraryMean<'a> {
    pub classes: usize,
    /// SE / n, rounded.
    pub library: &'a str,
}

/// The start of a training race.
#[derive(Debug)]
pub struct RaceStart<'a> {
    pub logits: &'a str,
    /// The true class, counted from 1.
    pub class: usize,
    /// q_t at the start.
    pub q: &'a str,
    /// The learning rate η.
    pub rate: &'a str,
    /// The step cap, written "10,000".
    pub cap: &'a str,
}

/// How the race went: both start gradients and both step counts ("∞" past the cap).
#[derive(Debug)]
pub struct RaceResult<'a> {
    pub grad_cross_entropy: &'a str,
    pub grad_squared_error: &'a str,
    pub steps_cross_entropy: &'a str,
    pub steps_squared_error: &'a str,
}

/// A confidently wrong prediction.
#[derive(Debug)]
pub struct ConfidentlyWrong<'a> {
    pub logits: &'a str,
    /// The true class, counted from 1.
    pub class: usize,
    pub q: &'a str,
}

/// The `mse-vs-ce` practice strings of one language.
#[derive(Debug)]
pub struct MseVsCePractice {
    /// ∂CE/∂z_t at a given q_t.
    pub grad_at_q: fn(&AtProbability) -> String,
    pub grad_at_q_solution: &'static str,
    /// The cross-entropy −log q_t of drawn logits, in the unit asked for.
    pub cross_entropy_of_logits: fn(&FromLogits) -> String,
    pub cross_entropy_solution: &'static str,
    /// The squared error of drawn logits (no unit).
    pub squared_error_of_logits: fn(&FromLogits) -> String,
    pub squared_error_solution: fn(&LibraryMean) -> String,
    /// Which loss's run reaches q_t = 0.9 first.
    pub race: fn(&RaceStart) -> String,
    /// Cross-entropy, squared error, a tie, neither within the cap (in this order).
    pub race_options: fn(&RaceStart) -> [String; 4],
    pub race_solution: fn(&RaceResult) -> String,
    /// What ∂SE/∂z_t does as q_t → 0.
    pub vanishing: fn(&ConfidentlyWrong) -> String,
    /// It vanishes (the right one), it tends to −1, it grows without bound, it tends to −2.
    pub vanishing_options: [&'static str; 4],
    pub vanishing_solution: &'static str,
}

pub const EN: MseVsCePractice = MseVsCePractice {
    grad_at_q: |a| format!("A softmax over {} classes gives the true class, class {}, the probability q_t = {}. What is ∂CE/∂z_t, the gradient of the cross-entropy with respect to that class's logit? (Gradients are those of the loss in nats; no unit.)", a.classes, a.class, a.q),
    grad_at_q_solution: "Through the softmax, the gradient of CE = −ln q_t on the true logit is just q_t − 1. It needs nothing but q_t: not the other classes, not how many there are. It is negative, so gradient descent raises z_t, and it pushes hardest when q_t is small.",
    cross_entropy_of_logits: |a| format!("The logits z = {} go through a softmax; the true class is class {}. What is the cross-entropy with the one-hot label, in {}?", a.logits, a.class, a.unit),
    cross_entropy_solution: "First the softmax: q_t is e^(z_t) over the sum of e^(z_j). With a one-hot label only the true class's term is left, so CE = −log q_t, with ln for nats and log₂ for bits.",
    squared_error_of_logits: |a| format!("The logits z = {} go through a softmax; the true class is class {}. What is the squared error SE = Σ (y_i − q_i)² between the one-hot label y and q? (No unit.)", a.logits, a.class),
    squared_error_solution: |a| format!("Every class counts: the true class misses by 1 − q_t and each other class by its whole probability. PyTorch's MSELoss and Keras' MeanSquaredError also divide by the {} classes and report {}.", a.classes, a.library),
    race: |a| format!("Start from the logits z = {} with true class {} (q_t = {}) and learning rate η = {}. Gradient descent runs once on cross-entropy and once on squared error until q_t reaches 0.9, for at most {} steps. Which run gets there in fewer steps?", a.logits, a.class, a.q, a.rate, a.cap),
    race_options: |a| [
        "Cross-entropy".to_string(),
        "Squared error".to_string(),
        "A tie: the same number of steps".to_string(),
        format!("Neither within {} steps", a.cap),
    ],
    race_solution: |a| format!("At the start cross-entropy pulls z_t with {}, squared error with {}. Squared error's push shrinks as q_t falls, so a badly wrong start leaves it on a flat stretch. Steps to 0.9: cross-entropy {}, squared error {}.", a.grad_cross_entropy, a.grad_squared_error, a.steps_cross_entropy, a.steps_squared_error),
    vanishing: |a| format!("The logits z = {} make the model confidently wrong about the true class, class {}: q_t = {}. If z_t falls further, so that q_t → 0, what does the squared error's gradient ∂SE/∂z_t do?", a.logits, a.class, a.q),
    vanishing_options: [
        "It vanishes (tends to 0), while ∂CE/∂z_t tends to −1",
        "It tends to −1, like cross-entropy's",
        "It grows without bound: the worse the guess, the harder the push",
        "It tends to −2, twice cross-entropy's",
    ],
    vanishing_solution: "∂SE/∂z_t = −2 q_t · SE. SE stays below 2, so as q_t → 0 the gradient goes to 0: squared error barely moves a model that is sure of the wrong class. ∂CE/∂z_t = q_t − 1 tends to −1, the strongest push it ever gives.",
};

pub const ZH: MseVsCePractice = MseVsCePractice {
    grad_at_q: |a| format!("对 {} 个类别做 softmax，真实类别（第 {} 类）得到的概率 q_t = {}。交叉熵对该类 logit 的梯度 ∂CE/∂z_t 是多少？（梯度按以奈特计的损失求，没有单位。）", a.classes, a.class, a.q),
    grad_at_q_solution: "经过 softmax，CE = −ln q_t 对真实类别 logit 的梯度就是 q_t − 1。它只取决于 q_t，与其余类别及类别个数都无关。梯度为负，所以梯度下降会增大 z_t；q_t 越小，推力越大。",
    cross_entropy_of_logits: |a| format!("logit z = {} 经过 softmax，真实类别是第 {} 类。它与独热（one-hot）标签之间的交叉熵是多少（单位：{}）？", a.logits, a.class, a.unit),
    cross_entropy_solution: "先做 softmax：q_t 等于 e^(z_t) 除以所有 e^(z_j) 之和。标签为独热向量时只剩真实类别这一项，所以 CE = −log q_t；奈特用 ln，比特用 log₂。",
    squared_error_of_logits: |a| format!("logit z = {} 经过 softmax，真实类别是第 {} 类。独热标签 y 与 q 之间的平方误差 SE = Σ (y_i − q_i)² 是多少？（没有单位。）", a.logits, a.class),
    squared_error_solution: |a| format!("每个类别都要算：真实类别偏差 1 − q_t，其余类别的偏差就是各自的全部概率。PyTorch 的 MSELoss 和 Keras 的 MeanSquaredError 还会再除以类别数 {}，报告 {}。", a.classes, a.library),
    race: |a| format!("从 logit z = {} 出发，真实类别是第 {} 类（q_t = {}），学习率 η = {}。分别用交叉熵和平方误差做梯度下降，直到 q_t 达到 0.9，最多 {} 步。哪一个用的步数更少？", a.logits, a.class, a.q, a.rate, a.cap),
    race_options: |a| [
        "交叉熵".to_string(),
        "平方误差".to_string(),
        "平局：步数相同".to_string(),
        format!("两者在 {} 步内都达不到", a.cap),
    ],
    race_solution: |a| format!("起点处交叉熵以 {} 拉动 z_t，平方误差只有 {}。q_t 越小，平方误差的推力越弱，错得离谱的起点会让它停在平坦处。到达 0.9 所需步数：交叉熵 {}，平方误差 {}。", a.grad_cross_entropy, a.grad_squared_error, a.steps_cross_entropy, a.steps_squared_error),
    vanishing: |a| format!("logit z = {} 让模型对真实类别（第 {} 类）自信地猜错：q_t = {}。如果 z_t 继续减小，使 q_t → 0，平方误差的梯度 ∂SE/∂z_t 会怎样？", a.logits, a.class, a.q),
    vanishing_options: [
        "趋于 0（消失），而 ∂CE/∂z_t 趋于 −1",
        "趋于 −1，和交叉熵的梯度一样",
        "无限增大：猜得越错，推力越大",
        "趋于 −2，是交叉熵梯度的两倍",
    ],
    vanishing_solution: "∂SE/∂z_t = −2 q_t · SE。SE 始终小于 2，所以 q_t → 0 时梯度趋于 0：模型若笃定地选错类别，平方误差几乎推不动它。∂CE/∂z_t = q_t − 1 则趋于 −1，这是它能给出的最大推力。",
};
