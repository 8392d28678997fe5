//! The words of the `single-label` practice questions.

/// One sample of a batch as a prompt lists it: its number (from 1), its true class and its
/// predicted row, e.g. "(0.2, 0.5, 0.3)".
#[derive(Debug)]
pub struct SampleRow<'a> {
    pub sample: usize,
    pub class: &'a str,
    pub q: &'a str,
}

/// A batch over named classes, its samples already written out, and the unit asked for.
#[derive(Debug)]
pub struct BatchAsk<'a> {
    /// The class names, "cat, frog, mouse".
    pub classes: &'a str,
    /// The samples, each written by `sample_row` and joined by `row_separator`.
    pub rows: &'a str,
    /// The sample asked about (from 1), where the question asks about one.
    pub sample: usize,
    pub unit: &'a str,
}

/// One sample's loss worked out: its true class's probability and −log of it.
#[derive(Debug)]
pub struct TrueClassLoss<'a> {
    pub sample: usize,
    pub class: &'a str,
    pub q_true: &'a str,
    pub loss: &'a str,
    pub unit: &'a str,
}

/// The batch loss worked out: the samples' losses and their mean.
#[derive(Debug)]
pub struct MeanOfLosses<'a> {
    /// The samples' losses, "0.5108 and 1.2040".
    pub losses: &'a str,
    pub sum: &'a str,
    pub mean: &'a str,
    pub unit: &'a str,
}

/// Two predictions A and B for samples of the same true class, equally sure of it.
#[derive(Debug)]
pub struct SameTrueClass<'a> {
    pub classes: &'a str,
    pub class: &'a str,
    pub a: &'a str,
    pub b: &'a str,
    pub q_true: &'a str,
}

/// One sample given by its logits.
#[derive(Debug)]
pub struct FromLogits<'a> {
    pub classes: &'a str,
    pub class: &'a str,
    /// The logits, "(1.2, −0.5, 0.3)".
    pub z: &'a str,
    /// softmax(z) at the true class.
    pub q_true: &'a str,
    pub loss: &'a str,
    pub unit: &'a str,
}

/// The `single-label` practice strings of one language.
#[derive(Debug)]
pub struct SingleLabelPractice {
    /// "sample 1: true class frog, q = (0.2, 0.5, 0.3)".
    pub sample_row: fn(&SampleRow) -> String,
    /// Between two rows of [`SingleLabelPractice::sample_row`].
    pub row_separator: &'static str,
    /// Between two names or numbers of a list: ", " or "、".
    pub list_separator: &'static str,
    /// The loss of one sample of a batch.
    pub sample_loss: fn(&BatchAsk) -> String,
    pub sample_loss_solution: fn(&TrueClassLoss) -> String,
    /// The loss of a whole batch (its `sample` is not used).
    pub batch_loss: fn(&BatchAsk) -> String,
    pub batch_loss_solution: fn(&MeanOfLosses) -> String,
    /// Which of two predictions with the same q_true has the lower loss.
    pub same_true_class: fn(&SameTrueClass) -> String,
    /// A lower, B lower, equal, it depends on the other classes' split.
    pub same_true_class_options: [&'static str; 4],
    pub same_true_class_solution: fn(&SameTrueClass) -> String,
    /// The loss of a sample given as logits.
    pub from_logits: fn(&FromLogits) -> String,
    pub from_logits_solution: fn(&FromLogits) -> String,
}

pub const EN: SingleLabelPractice = SingleLabelPractice {
    sample_row: |a| format!("sample {}: true class {}, q = {}", a.sample, a.class, a.q),
    row_separator: "; ",
    list_separator: ", ",
    sample_loss: |a| {
        format!(
            "A batch over the classes {} holds {}. What is the loss of sample {}, in {}?",
            a.classes, a.rows, a.sample, a.unit
        )
    },
    sample_loss_solution: |a| {
        format!(
        "The label of sample {} is one-hot on {}, so every other term is 0 · log q = 0: only −log q({}) = −log {} is left, {} {}.",
        a.sample, a.class, a.class, a.q_true, a.loss, a.unit
    )
    },
    batch_loss: |a| {
        format!(
        "A batch over the classes {} holds {}. What is the batch loss, the mean over the samples, in {}?",
        a.classes, a.rows, a.unit
    )
    },
    batch_loss_solution: |a| {
        format!(
        "Each sample's loss is −log of its true class's probability: {}. The batch loss is their mean, not their sum ({} {}).",
        a.losses, a.sum, a.unit
    )
    },
    same_true_class: |a| {
        format!(
        "Over the classes {}, two samples both have the true class {}. The model predicts A = {} for one and B = {} for the other. Which sample has the lower loss?",
        a.classes, a.class, a.a, a.b
    )
    },
    same_true_class_options: [
        "A",
        "B",
        "Neither: the losses are equal",
        "It depends on the unit",
    ],
    same_true_class_solution: |a| {
        format!(
        "With a one-hot label the loss is −log q({}) alone. Both give {} the probability {}, so both losses are −log {}; how the rest is split among the wrong classes does not count.",
        a.class, a.class, a.q_true, a.q_true
    )
    },
    from_logits: |a| {
        format!(
        "A sample over the classes {} has the logits z = {}; its true class is {}. What is its loss, in {}? (Softmax turns the logits into probabilities.)",
        a.classes, a.z, a.class, a.unit
    )
    },
    from_logits_solution: |a| {
        format!(
        "Softmax first: q({}) = e^z of {} over the sum of e^z of all classes = {}. The loss is −log of that, {} {}.",
        a.class, a.class, a.q_true, a.loss, a.unit
    )
    },
};

pub const ZH: SingleLabelPractice = SingleLabelPractice {
    sample_row: |a| format!("样本 {}：真实类别为{}，q = {}", a.sample, a.class, a.q),
    row_separator: "；",
    list_separator: "、",
    sample_loss: |a| {
        format!(
            "一个批次的类别为 {}，其中{}。样本 {} 的损失是多少（单位：{}）？",
            a.classes, a.rows, a.sample, a.unit
        )
    },
    sample_loss_solution: |a| {
        format!(
        "样本 {} 的标签是{}上的独热（one-hot）向量，其余各项都是 0 · log q = 0，只剩 −log q({}) = −log {}，即 {} {}。",
        a.sample, a.class, a.class, a.q_true, a.loss, a.unit
    )
    },
    batch_loss: |a| {
        format!(
            "一个批次的类别为 {}，其中{}。批次损失（对样本取平均）是多少（单位：{}）？",
            a.classes, a.rows, a.unit
        )
    },
    batch_loss_solution: |a| {
        format!(
        "每个样本的损失是其真实类别概率的 −log：{}。批次损失是它们的平均值，而不是它们的和（{} {}）。",
        a.losses, a.sum, a.unit
    )
    },
    same_true_class: |a| {
        format!(
        "类别为 {}，两个样本的真实类别都是{}。模型对一个样本预测 A = {}，对另一个预测 B = {}。哪个样本的损失更小？",
        a.classes, a.class, a.a, a.b
    )
    },
    same_true_class_options: ["A", "B", "都不是：两者损失相等", "取决于单位"],
    same_true_class_solution: |a| {
        format!(
        "标签是独热的，损失只有 −log q({}) 这一项。A 和 B 都给{}分配了概率 {}，所以两个损失都是 −log {}；剩下的概率如何分给错误类别，并不影响损失。",
        a.class, a.class, a.q_true, a.q_true
    )
    },
    from_logits: |a| {
        format!(
        "类别为 {}，某个样本的 logit 为 z = {}，真实类别是{}。它的损失是多少（单位：{}）？（softmax 把 logit 变成概率。）",
        a.classes, a.z, a.class, a.unit
    )
    },
    from_logits_solution: |a| {
        format!(
        "先做 softmax：q({}) = {}的 e^z 除以所有类别 e^z 之和 = {}。损失是它的 −log，即 {} {}。",
        a.class, a.class, a.q_true, a.loss, a.unit
    )
    },
};
