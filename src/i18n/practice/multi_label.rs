//! The words of the `multi-label` practice questions.

/// One sample of a batch as a prompt lists it: its number (from 1), its labels and its
/// predictions, each written "(0, 1, 1)".
#[derive(Debug)]
pub struct SampleRow<'a> {
    pub sample: usize,
    pub y: &'a str,
    pub q: &'a str,
}

/// One node of one sample.
#[derive(Debug)]
pub struct NodeAsk<'a> {
    /// The nodes' names, "cat, frog, mouse".
    pub nodes: &'a str,
    pub sample: usize,
    pub node: &'a str,
    /// The node's label, "0" or "1".
    pub y: &'a str,
    pub q: &'a str,
    /// The probability whose −log is the loss: q for y = 1, 1 − q for y = 0.
    pub kept: &'a str,
    pub loss: &'a str,
    pub unit: &'a str,
}

/// One sample over named nodes.
#[derive(Debug)]
pub struct SampleAsk<'a> {
    pub nodes: &'a str,
    pub y: &'a str,
    pub q: &'a str,
    /// Its node losses, "0.1054 + 0.3567 + 0.2231", in the unit.
    pub terms: &'a str,
    pub loss: &'a str,
    /// n, the number of nodes.
    pub node_count: usize,
    /// The mean over the nodes, loss / n, in the unit.
    pub node_mean: &'a str,
    pub unit: &'a str,
}

/// A batch reduced one way.
#[derive(Debug)]
pub struct ReductionAsk<'a> {
    pub nodes: &'a str,
    /// The samples, each written by `sample_row` and joined by `row_separator`.
    pub rows: &'a str,
    /// The reduction's short name, as the lesson writes it ("mean over samples").
    pub reduction: &'a str,
    /// Σ_j Σ_i L_ji, in the unit.
    pub total: &'a str,
    /// What the total is divided by: "1", "m = 2" or "m·n = 6".
    pub divisor: &'a str,
    pub loss: &'a str,
    pub unit: &'a str,
}

/// A batch's shape: m samples, n nodes, m·n elements.
#[derive(Debug)]
pub struct ElementCount {
    pub samples: usize,
    pub nodes: usize,
    pub elements: usize,
}

/// The `multi-label` practice strings of one language.
#[derive(Debug)]
pub struct MultiLabelPractice {
    /// "sample 1: y = (0, 1, 1), q = (0.1, 0.7, 0.8)".
    pub sample_row: fn(&SampleRow) -> String,
    /// Between two rows of [`MultiLabelPractice::sample_row`].
    pub row_separator: &'static str,
    /// Between two names of a list: ", " or "、".
    pub list_separator: &'static str,
    /// The binary cross-entropy of one node.
    pub node_loss: fn(&NodeAsk) -> String,
    /// The term that remains for a node labelled 1, and for one labelled 0.
    pub node_loss_solution_present: fn(&NodeAsk) -> String,
    pub node_loss_solution_absent: fn(&NodeAsk) -> String,
    /// The loss of one sample: the sum over its nodes.
    pub sample_loss: fn(&SampleAsk) -> String,
    pub sample_loss_solution: fn(&SampleAsk) -> String,
    /// The batch loss under one reduction.
    pub batch_loss: fn(&ReductionAsk) -> String,
    pub batch_loss_solution: fn(&ReductionAsk) -> String,
    /// How the mean over all elements compares with the sum.
    pub elements_vs_sum: fn(&ElementCount) -> String,
    /// sum / (m·n), sum / m, sum / n, the same as the sum.
    pub elements_vs_sum_options: fn(&ElementCount) -> [String; 4],
    pub elements_vs_sum_solution: fn(&ElementCount) -> String,
}

pub const EN: MultiLabelPractice = MultiLabelPractice {
    sample_row: |a| format!("sample {}: y = {}, q = {}", a.sample, a.y, a.q),
    row_separator: "; ",
    list_separator: ", ",
    node_loss: |a| {
        format!(
        "A batch over the nodes {}: in sample {}, node {} has the label y = {} and the prediction q = {}. What is this node's binary cross-entropy, in {}?",
        a.nodes, a.sample, a.node, a.y, a.q, a.unit
    )
    },
    node_loss_solution_present: |a| {
        format!(
            "The node is in the picture (y = 1), so only −log q is left: −log {} = {} {}.",
            a.kept, a.loss, a.unit
        )
    },
    node_loss_solution_absent: |a| {
        format!(
        "The node is not in the picture (y = 0), so only −log(1 − q) is left: −log {} = {} {}. The prediction q is the probability of \"yes\".",
        a.kept, a.loss, a.unit
    )
    },
    sample_loss: |a| {
        format!(
        "One picture is scored on the nodes {}: labels y = {}, predictions q = {}. What is the sample's loss, in {}?",
        a.nodes, a.y, a.q, a.unit
    )
    },
    sample_loss_solution: |a| {
        format!(
        "A sample's loss is the sum of its node losses: {} = {} {}. Keras prints the mean over the {} nodes instead, {} {}.",
        a.terms, a.loss, a.unit, a.node_count, a.node_mean, a.unit
    )
    },
    batch_loss: |a| {
        format!(
        "A batch over the nodes {} holds {}. What is the batch loss with the reduction \"{}\", in {}?",
        a.nodes, a.rows, a.reduction, a.unit
    )
    },
    batch_loss_solution: |a| {
        format!(
        "Add every node loss of every sample: Σ_j Σ_i L_ji = {} {}. The reduction \"{}\" divides that by {}, which gives {} {}.",
        a.total, a.unit, a.reduction, a.divisor, a.loss, a.unit
    )
    },
    elements_vs_sum: |a| {
        format!(
        "A batch has m = {} samples and n = {} nodes. How does its loss with the reduction \"mean over all elements\" compare with the sum?",
        a.samples, a.nodes
    )
    },
    elements_vs_sum_options: |a| {
        [
            format!("It is the sum divided by m·n = {}", a.elements),
            format!("It is the sum divided by m = {}", a.samples),
            format!("It is the sum divided by n = {}", a.nodes),
            "It equals the sum".to_string(),
        ]
    },
    elements_vs_sum_solution: |a| {
        format!(
        "The mean over all elements averages all m·n = {} × {} = {} node losses, so it is the sum divided by {}. That is PyTorch's and Keras' default; switch the reduction in the lab to compare.",
        a.samples, a.nodes, a.elements, a.elements
    )
    },
};

pub const ZH: MultiLabelPractice = MultiLabelPractice {
    sample_row: |a| format!("样本 {}：y = {}，q = {}", a.sample, a.y, a.q),
    row_separator: "；",
    list_separator: "、",
    node_loss: |a| {
        format!(
        "一个批次的节点为 {}。样本 {} 中，节点{}的标签 y = {}，预测 q = {}。这个节点的二元交叉熵是多少（单位：{}）？",
        a.nodes, a.sample, a.node, a.y, a.q, a.unit
    )
    },
    node_loss_solution_present: |a| {
        format!(
            "该节点出现在图中（y = 1），只剩 −log q 这一项：−log {} = {} {}。",
            a.kept, a.loss, a.unit
        )
    },
    node_loss_solution_absent: |a| {
        format!(
        "该节点不在图中（y = 0），只剩 −log(1 − q) 这一项：−log {} = {} {}。预测 q 是“是”的概率。",
        a.kept, a.loss, a.unit
    )
    },
    sample_loss: |a| {
        format!(
        "一张图片在节点 {} 上打分：标签 y = {}，预测 q = {}。这个样本的损失是多少（单位：{}）？",
        a.nodes, a.y, a.q, a.unit
    )
    },
    sample_loss_solution: |a| {
        format!(
        "一个样本的损失是它所有节点损失之和：{} = {} {}。Keras 显示的则是对 {} 个节点取的平均，即 {} {}。",
        a.terms, a.loss, a.unit, a.node_count, a.node_mean, a.unit
    )
    },
    batch_loss: |a| {
        format!(
            "一个批次的节点为 {}，其中{}。归约方式为“{}”时，批次损失是多少（单位：{}）？",
            a.nodes, a.rows, a.reduction, a.unit
        )
    },
    batch_loss_solution: |a| {
        format!(
            "把每个样本的每个节点损失相加：Σ_j Σ_i L_ji = {} {}。“{}”把它除以 {}，得到 {} {}。",
            a.total, a.unit, a.reduction, a.divisor, a.loss, a.unit
        )
    },
    elements_vs_sum: |a| {
        format!(
        "一个批次有 m = {} 个样本、n = {} 个节点。归约方式为“对所有元素取平均”时的损失与求和相比如何？",
        a.samples, a.nodes
    )
    },
    elements_vs_sum_options: |a| {
        [
            format!("等于总和除以 m·n = {}", a.elements),
            format!("等于总和除以 m = {}", a.samples),
            format!("等于总和除以 n = {}", a.nodes),
            "与总和相等".to_string(),
        ]
    },
    elements_vs_sum_solution: |a| {
        format!(
        "对所有元素取平均，是对全部 m·n = {} × {} = {} 个节点损失取平均，所以等于总和除以 {}。这是 PyTorch 和 Keras 的默认做法；在实验中切换归约方式即可比较。",
        a.samples, a.nodes, a.elements, a.elements
    )
    },
};
