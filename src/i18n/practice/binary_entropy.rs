//! The words of the `binary-entropy` practice questions.

/// A coin's probability of heads and the unit asked for.
#[derive(Debug)]
pub struct OfCoin<'a> {
    /// The probability of heads, "0.38".
    pub p: &'a str,
    /// The unit's name, "bits".
    pub unit: &'a str,
}

/// A coin, the coin with the outcomes swapped, and the entropy they share.
#[derive(Debug)]
pub struct Swapped<'a> {
    /// The first coin's probability of heads, below 0.5.
    pub p: &'a str,
    /// 1 − p.
    pub q: &'a str,
    /// H(p) = H(1 − p), rounded.
    pub entropy: &'a str,
    /// The peak log 2, rounded: "1" (bits) or "0.6931" (nats).
    pub peak: &'a str,
    /// log 2 − H(p), rounded: the wrong "mirror" answer.
    pub rest: &'a str,
    /// The unit's name, "bits".
    pub unit: &'a str,
}

/// The peak log 2 in the unit asked for, and that unit.
#[derive(Debug)]
pub struct Peak<'a> {
    /// log 2, rounded: "1" (bits) or "0.6931" (nats).
    pub peak: &'a str,
    /// The unit's name, "bits".
    pub unit: &'a str,
}

/// The `binary-entropy` practice strings of one language.
#[derive(Debug)]
pub struct BinaryEntropyPractice {
    /// "A coin lands heads with p = {p}. What is its entropy H(p), in {unit}?"
    pub of_coin: fn(&OfCoin) -> String,
    /// How both outcomes' terms make H(p), and which logarithm the unit takes.
    pub of_coin_solution: &'static str,
    /// H(p) is given; what is H(1 − p)?
    pub swapped: fn(&Swapped) -> String,
    /// The right option, then three wrong ones: more, less, the peak minus H.
    pub swapped_options: fn(&Swapped) -> [String; 4],
    /// Why swapping the outcomes keeps H: the same two terms.
    pub swapped_solution: fn(&Swapped) -> String,
    /// Where H(p) is largest, and how large.
    pub peak_question: fn(&Peak) -> String,
    /// The right option, then three wrong ones.
    pub peak_options: fn(&Peak) -> [String; 4],
    /// Why the fair coin is the peak, and 1 bit = ln 2 nats.
    pub peak_solution: &'static str,
    /// A coin that always lands heads (p = 1) / never does (p = 0), then "What is H(p)?"
    pub always_heads: &'static str,
    /// p = 0: the coin never lands heads.
    pub never_heads: &'static str,
    /// The right option (0), then three wrong ones: ∞, log 2, undefined.
    pub certain_options: fn(&Peak) -> [String; 4],
    /// Why a certain coin has H = 0, with 0 · log 0 = 0.
    pub certain_solution: &'static str,
}

/// "1 bits" → "1 bit": English amounts of exactly one unit are singular.
fn amount(value: &str, unit: &str) -> String {
    match (value, unit.strip_suffix('s')) {
        ("1", Some(one)) => format!("1 {one}"),
        _ => format!("{value} {unit}"),
    }
}

pub const EN: BinaryEntropyPractice = BinaryEntropyPractice {
    of_coin: |a| format!("A coin lands heads with probability p = {}. What is its entropy H(p), in {}?", a.p, a.unit),
    of_coin_solution: "Both outcomes add their probability times their information: heads with p, tails with 1 − p. The unit decides the logarithm: ln for nats, log₂ for bits.",
    swapped: |a| format!("A coin lands heads with p = {}, and H({}) = {}. Another coin lands heads with p = {}. What is its entropy?", a.p, a.p, amount(a.entropy, a.unit), a.q),
    swapped_options: |a| [
        format!("Exactly {}, the same", amount(a.entropy, a.unit)),
        format!("More than {}: {} is the larger probability", amount(a.entropy, a.unit), a.q),
        format!("Less than {}: {} is closer to certainty", amount(a.entropy, a.unit), a.q),
        format!("{} − {} = {}: the peak minus H({})", a.peak, a.entropy, amount(a.rest, a.unit), a.p),
    ],
    swapped_solution: |a| format!("The second coin is the first with heads and tails renamed: the same two probabilities, {} and {}, so the same two terms and the same H. The curve is symmetric about p = 0.5.", a.p, a.q),
    peak_question: |a| format!("As p moves from 0 to 1, where is H(p) largest, and how large is it, in {}?", a.unit),
    peak_options: |a| [
        format!("At p = 0.5, where H = log 2 = {}", amount(a.peak, a.unit)),
        format!("At p = 0.5, where H = {}", amount("0.5", a.unit)),
        format!("At p = 1, where H = log 2 = {}", amount(a.peak, a.unit)),
        "Nowhere: H(p) keeps growing with p".to_string(),
    ],
    peak_solution: "The fair coin is the hardest to predict. H(0.5) = log 2: exactly 1 bit, which is ln 2 ≈ 0.6931 nats. Moving p towards 0 or 1 makes one outcome likelier, and H falls to 0 at both ends.",
    always_heads: "A coin always lands heads: p = 1. What is its entropy H(p)?",
    never_heads: "A coin never lands heads: p = 0. What is its entropy H(p)?",
    certain_options: |a| [
        format!("0 {}: nothing is uncertain", a.unit),
        "∞: log 0 is −∞".to_string(),
        format!("log 2 = {}: there are still two outcomes", amount(a.peak, a.unit)),
        "It cannot be computed: log 0 is undefined".to_string(),
    ],
    certain_solution: "One outcome is certain, so learning it tells you nothing: H = 0. The impossible outcome's term is 0 · log 0, which counts as 0 (p · log p → 0 as p → 0), and the certain one's is 1 · log 1 = 0.",
};

pub const ZH: BinaryEntropyPractice = BinaryEntropyPractice {
    of_coin: |a| format!("一枚硬币正面朝上的概率 p = {}。它的熵 H(p) 是多少（单位：{}）？", a.p, a.unit),
    of_coin_solution: "两个结果都贡献各自的概率乘以信息量：正面的概率是 p，反面是 1 − p。单位决定对数的底：奈特用 ln，比特用 log₂。",
    swapped: |a| format!("一枚硬币正面朝上的概率 p = {}，H({}) = {} {}。另一枚硬币正面朝上的概率 p = {}。它的熵是多少？", a.p, a.p, a.entropy, a.unit, a.q),
    swapped_options: |a| [
        format!("恰好也是 {} {}", a.entropy, a.unit),
        format!("大于 {} {}：{} 是更大的概率", a.entropy, a.unit, a.q),
        format!("小于 {} {}：{} 更接近确定", a.entropy, a.unit, a.q),
        format!("{} − {} = {} {}：最大值减去 H({})", a.peak, a.entropy, a.rest, a.unit, a.p),
    ],
    swapped_solution: |a| format!("第二枚硬币就是把第一枚的正反面名称对调：两个概率仍是 {} 和 {}，两项相同，H 也相同。曲线关于 p = 0.5 对称。", a.p, a.q),
    peak_question: |a| format!("p 从 0 变到 1 时，H(p) 在哪里最大？最大是多少（单位：{}）？", a.unit),
    peak_options: |a| [
        format!("在 p = 0.5 处，H = log 2 = {} {}", a.peak, a.unit),
        format!("在 p = 0.5 处，H = 0.5 {}", a.unit),
        format!("在 p = 1 处，H = log 2 = {} {}", a.peak, a.unit),
        "没有最大值：H(p) 随 p 一直增大".to_string(),
    ],
    peak_solution: "均匀的硬币最难预测。H(0.5) = log 2：正好 1 比特，也就是 ln 2 ≈ 0.6931 奈特。p 向 0 或 1 移动时，某个结果变得更可能，H 在两端降到 0。",
    always_heads: "一枚硬币总是正面朝上：p = 1。它的熵 H(p) 是多少？",
    never_heads: "一枚硬币从不正面朝上：p = 0。它的熵 H(p) 是多少？",
    certain_options: |a| [
        format!("0 {}：没有任何不确定性", a.unit),
        "∞：log 0 是 −∞".to_string(),
        format!("log 2 = {} {}：仍然有两个结果", a.peak, a.unit),
        "无法计算：log 0 没有定义".to_string(),
    ],
    certain_solution: "一个结果必然发生，得知它不会带来任何信息：H = 0。不可能结果的项是 0 · log 0，按约定记为 0（p 趋于 0 时 p · log p 趋于 0）；必然结果的项是 1 · log 1 = 0。",
};
