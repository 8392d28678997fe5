//! The words of the `kl` practice questions.

/// A pair of distributions as a question writes them, and the unit asked for.
#[derive(Debug)]
pub struct Pair<'a> {
    /// P, e.g. "(0.5, 0.3, 0.2)".
    pub p: &'a str,
    /// Q, written like P.
    pub q: &'a str,
    /// The unit asked for, e.g. "bits".
    pub unit: &'a str,
}

/// A pair in which Q gives one outcome probability 0 (P does not), and the direction asked about.
#[derive(Debug)]
pub struct ZeroUnderQ<'a> {
    /// P, written as in [`Pair`].
    pub p: &'a str,
    /// Q, with its 0.
    pub q: &'a str,
    /// The outcome with q = 0, e.g. "x₂".
    pub outcome: &'a str,
    /// "D(P‖Q)" or "D(Q‖P)".
    pub divergence: &'a str,
}

/// The `kl` practice strings of one language.
#[derive(Debug)]
pub struct KlPractice {
    /// D(P‖Q) of a drawn pair, in the unit asked for.
    pub of_pair: fn(&Pair) -> String,
    /// Why the sum comes out as it does.
    pub of_pair_solution: &'static str,
    /// Which direction is larger, D(P‖Q) or D(Q‖P)?
    pub which_larger: fn(&Pair) -> String,
    /// D(P‖Q) larger, D(Q‖P) larger, equal (symmetric): in this order.
    pub which_larger_options: [&'static str; 3],
    /// Why the two directions differ.
    pub which_larger_solution: &'static str,
    /// Q gives an outcome probability 0: what is the divergence asked about?
    pub zero: fn(&ZeroUnderQ) -> String,
    /// ∞, finite above 0, 0: in this order.
    pub zero_options: [&'static str; 3],
    /// Why D(P‖Q) = ∞.
    pub zero_infinite_solution: fn(&ZeroUnderQ) -> String,
    /// Why D(Q‖P) stays finite (0·log 0 = 0).
    pub zero_finite_solution: fn(&ZeroUnderQ) -> String,
    /// Q = P (given as the argument): D(P‖Q), and what holds for every other Q.
    pub itself: fn(&str) -> String,
    /// The right option first: 0 and positive otherwise; then 0 but negative for some Q,
    /// H(P), 1.
    pub itself_options: [&'static str; 4],
    /// Why D(P‖P) = 0 and D(P‖Q) > 0 otherwise.
    pub itself_solution: &'static str,
}

/// The English strings.
pub const EN: KlPractice = KlPractice {
    of_pair: |a| format!("P = {} and Q = {}. What is the KL divergence D(P‖Q), in {}?", a.p, a.q, a.unit),
    of_pair_solution: "Each outcome adds pᵢ times the log of pᵢ/qᵢ. Single terms can be negative; the sum never is. P weights the terms and sits on top of the ratio: swapping the two gives D(Q‖P), a different number.",
    which_larger: |a| format!("P = {} and Q = {}. Which is larger, D(P‖Q) or D(Q‖P)? Decide before you look in the lab.", a.p, a.q),
    which_larger_options: [
        "D(P‖Q) is larger",
        "D(Q‖P) is larger",
        "They are equal: KL divergence is symmetric",
    ],
    which_larger_solution: "Swapping P and Q changes both the weights and the ratios, so the two directions differ. Neither direction is always the larger one: it depends on the pair.",
    zero: |a| format!("P = {} and Q = {}: Q gives outcome {} probability 0, P does not. What is {}?", a.p, a.q, a.outcome, a.divergence),
    zero_options: ["∞", "A finite number above 0", "0"],
    zero_infinite_solution: |a| format!("The term of {} is p·log(p/0): Q calls impossible an outcome that P says happens, and describing it costs without bound. One such term makes D(P‖Q) = ∞.", a.outcome),
    zero_finite_solution: |a| format!("In D(Q‖P) the weights are Q's: the term of {} is 0·log(0/p) = 0, by the rule 0·log 0 = 0. Q never expects {}, so it pays nothing there; the other terms add up to a finite number, above 0 because Q ≠ P.", a.outcome, a.outcome),
    itself: |p| format!("Set Q equal to P = {p}. What is D(P‖Q) then, and what holds for every other Q?"),
    itself_options: [
        "0, and every other Q gives more than 0",
        "0, but some Q give a value below 0",
        "H(P), the entropy of P",
        "1, whatever P is",
    ],
    itself_solution: "Every ratio pᵢ/pᵢ is 1 and log 1 = 0, so D(P‖P) = 0. For any Q ≠ P, D(P‖Q) > 0 (Gibbs' inequality): describing P with another distribution always costs extra, even though single terms may be negative.",
};

/// The Simplified Chinese strings.
pub const ZH: KlPractice = KlPractice {
    of_pair: |a| format!("P = {}，Q = {}。KL 散度 D(P‖Q) 是多少（单位：{}）？", a.p, a.q, a.unit),
    of_pair_solution: "每个结果贡献 pᵢ 乘以 pᵢ/qᵢ 的对数。单独一项可以为负，总和却不会。P 既是权重，又在比值的分子上：两者对调，得到的是 D(Q‖P)，另一个数。",
    which_larger: |a| format!("P = {}，Q = {}。D(P‖Q) 和 D(Q‖P) 哪个更大？先想好，再到实验中验证。", a.p, a.q),
    which_larger_options: ["D(P‖Q) 更大", "D(Q‖P) 更大", "一样大：KL 散度是对称的"],
    which_larger_solution: "P 和 Q 对调后，权重和比值都变了，所以两个方向的值不同。也没有哪个方向总是更大：要看具体是哪两个分布。",
    zero: |a| format!("P = {}，Q = {}：Q 给结果 {} 的概率是 0，而 P 不是。{} 是多少？", a.p, a.q, a.outcome, a.divergence),
    zero_options: ["∞", "大于 0 的有限值", "0"],
    zero_infinite_solution: |a| format!("结果 {} 的那一项是 p·log(p/0)：P 认为会发生的结果，Q 却认为不可能，描述它所需的信息没有上限。只要有一项这样，D(P‖Q) 就是 ∞。", a.outcome),
    zero_finite_solution: |a| format!("D(Q‖P) 用 Q 的概率加权：结果 {} 的那一项是 0·log(0/p) = 0（约定 0·log 0 = 0）。Q 从不指望 {} 发生，在那里不付出任何代价；其余各项之和是有限值，又因 Q ≠ P 而大于 0。", a.outcome, a.outcome),
    itself: |p| format!("令 Q 等于 P = {p}。这时 D(P‖Q) 是多少？对其他任何 Q 又有什么结论？"),
    itself_options: [
        "0；其他任何 Q 都大于 0",
        "0；但有些 Q 会得到负值",
        "H(P)，即 P 的熵",
        "1，与 P 无关",
    ],
    itself_solution: "每个比值 pᵢ/pᵢ 都是 1，而 log 1 = 0，所以 D(P‖P) = 0。对任何 Q ≠ P，都有 D(P‖Q) > 0（吉布斯不等式）：用别的分布来描述 P，总要多付出信息，尽管单独某一项可能为负。",
};
