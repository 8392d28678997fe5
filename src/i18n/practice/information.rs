//! The words of the `information` practice questions.

/// One probability and the unit asked for.
#[derive(Debug)]
pub struct OfP<'a> {
    pub p: &'a str,
    pub unit: &'a str,
}

/// Two independent events and the unit asked for.
#[derive(Debug)]
pub struct BothHappen<'a> {
    pub p1: &'a str,
    pub p2: &'a str,
    pub product: &'a str,
    pub unit: &'a str,
}

/// An event and one half as likely.
#[derive(Debug)]
pub struct HalfAsLikely<'a> {
    pub p: &'a str,
    pub half: &'a str,
    /// log 2 in the unit asked for: "1 bit" or "0.6931 nats".
    pub log_two: &'a str,
}

/// The `information` practice strings of one language.
#[derive(Debug)]
pub struct InformationPractice {
    /// "An event has probability p = {p}. What is its information content I(p), in {unit}?"
    pub of_p: fn(&OfP) -> String,
    pub of_p_solution: &'static str,
    /// Two independent events both happen: the information of the pair.
    pub both_happen: fn(&BothHappen) -> String,
    pub both_happen_solution: fn(&BothHappen) -> String,
    /// How much more information an event half as likely carries.
    pub half_as_likely: fn(&HalfAsLikely) -> String,
    /// The options: exactly log 2 more, twice as much, half as much, p/2 more.
    pub half_as_likely_options: fn(&HalfAsLikely) -> [String; 4],
    pub half_as_likely_solution: fn(&HalfAsLikely) -> String,
    /// "An event is certain (p = 1)." / "An event never happens (p = 0)." + "What is I(p)?"
    pub certain_event: &'static str,
    pub impossible_event: &'static str,
    pub edge_options: [&'static str; 4],
    pub certain_solution: &'static str,
    pub impossible_solution: &'static str,
}

pub const EN: InformationPractice = InformationPractice {
    of_p: |a| format!("An event has probability p = {}. What is its information content I(p), in {}?", a.p, a.unit),
    of_p_solution: "Put p into the definition; the unit decides the logarithm (ln for nats, log₂ for bits). A probability below 1 has a negative logarithm, so the minus sign makes I(p) positive.",
    both_happen: |a| format!("Two independent events have probabilities {} and {}. Both happen. How much information, in {}, does learning that carry?", a.p1, a.p2, a.unit),
    both_happen_solution: |a| format!("Independent probabilities multiply, p = {} × {} = {}, and the logarithm turns the product into a sum: the informations add. Set p = {} in the lab to see it.", a.p1, a.p2, a.product, a.product),
    half_as_likely: |a| format!("Event A has probability {}, event B is half as likely ({}). How does B's information content compare with A's?", a.p, a.half),
    half_as_likely_options: |a| [
        format!("B carries exactly {} more", a.log_two),
        "B carries twice as much".to_string(),
        "B carries half as much".to_string(),
        format!("B carries {} more", a.half),
    ],
    half_as_likely_solution: |a| format!("−log(p/2) = −log p + log 2: halving a probability always adds log 2 = {}, whatever p is.", a.log_two),
    certain_event: "An event is certain: p = 1. What is its information content?",
    impossible_event: "An event can never happen: p = 0. What would its information content be?",
    edge_options: ["0", "1", "∞: it grows without bound", "It cannot be computed"],
    certain_solution: "I(1) = −log 1 = 0: an event that was sure to happen tells you nothing new.",
    impossible_solution: "−log p grows without bound as p falls to 0: I(0) = ∞. The lab shows the symbol ∞ and says why.",
};

pub const ZH: InformationPractice = InformationPractice {
    of_p: |a| format!("某事件的概率 p = {}。它的信息量 I(p) 是多少（单位：{}）？", a.p, a.unit),
    of_p_solution: "把 p 代入定义；单位决定对数的底（奈特用 ln，比特用 log₂）。小于 1 的概率取对数为负，前面的负号使 I(p) 为正。",
    both_happen: |a| format!("两个独立事件的概率分别为 {} 和 {}，两者都发生了。得知这一点带来多少信息（单位：{}）？", a.p1, a.p2, a.unit),
    both_happen_solution: |a| format!("独立事件的概率相乘：p = {} × {} = {}；对数把乘积变成和，所以信息量相加。在实验中把 p 设为 {} 即可看到。", a.p1, a.p2, a.product, a.product),
    half_as_likely: |a| format!("事件 A 的概率为 {}，事件 B 的可能性只有它的一半（{}）。B 的信息量与 A 相比如何？", a.p, a.half),
    half_as_likely_options: |a| [
        format!("B 恰好多 {}", a.log_two),
        "B 是 A 的两倍".to_string(),
        "B 是 A 的一半".to_string(),
        format!("B 多 {}", a.half),
    ],
    half_as_likely_solution: |a| format!("−log(p/2) = −log p + log 2：概率减半，信息量总是增加 log 2 = {}，与 p 无关。", a.log_two),
    certain_event: "某事件必然发生：p = 1。它的信息量是多少？",
    impossible_event: "某事件永远不会发生：p = 0。它的信息量会是多少？",
    edge_options: ["0", "1", "∞：无限增大", "无法计算"],
    certain_solution: "I(1) = −log 1 = 0：一件注定发生的事不会带来任何新信息。",
    impossible_solution: "当 p 趋于 0 时，−log p 无限增大：I(0) = ∞。实验会显示符号 ∞ 并说明原因。",
};
