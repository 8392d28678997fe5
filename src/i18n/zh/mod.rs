//! Simplified Chinese (简体中文): the lessons' words here, the shell's in `ui.rs`.

mod ui;

use super::*;
use ui::UI;

pub const ZH: Strings = Strings {
    lang: Lang::Zh,
    ui: UI,
    views: [
        ViewText {
            title: "信息量",
            bridge: "从这里开始：得知一件事发生了，你能获得多少信息？",
        },
        ViewText {
            title: "熵",
            bridge: "把信息量按各个结果的概率取平均，就得到熵。",
        },
        ViewText {
            title: "二元熵：0-1（伯努利）分布的熵",
            bridge: "只有两个结果时，熵只取决于一个概率 p，画出来就是一条曲线。",
        },
        ViewText {
            title: "KL 散度（相对熵）",
            bridge: "用另一个分布 Q 来描述 P，多付出的那部分信息就是 KL 散度。",
        },
        ViewText {
            title: "交叉熵",
            bridge: "熵 H(P) 加上 KL 散度 D(P‖Q)，就是交叉熵：分类器训练时要最小化的损失。",
        },
        ViewText {
            title: "为什么不用均方误差？",
            bridge: "交叉熵和平方误差都在真实类别的概率为 1 时最小；两者的差别在于怎样拉动 logit。",
        },
        ViewText {
            title: "单标签分类",
            bridge: "每个样本只属于一个类别：先做 softmax，再算交叉熵，最后对整个批次取平均。",
        },
        ViewText {
            title: "多标签分类",
            bridge:
                "每个样本可以同时属于多个类别：每个输出节点各用一个 sigmoid，各算一个二元交叉熵。",
        },
    ],
};

use crate::lessons::information::{InformationAxis, InformationChartAlt};

pub(in crate::i18n) static INFORMATION: InformationText = InformationText {
    intro: "一件事发生了，你该有多意外？它本来越不可能发生，真的发生时带给你的信息就越多。",
    intuition: "“巴西队进入 2018 年世界杯决赛圈”算不上新闻：巴西队参加了历届世界杯，这本来就极有可能。“中国队进入 2018 年世界杯决赛圈”却会是大新闻：这几乎不可能发生。信息量就是用一个数来衡量这种意外。",
    definition: "概率为 p 的事件，信息量为 I(p) = −log p。必然事件（p = 1）不带来任何信息；p 越接近 0，信息量越大，而且没有上限。",
    slider_label: "事件的概率 p",
    preset_likely: "很可能的事：巴西队进入 2018 年世界杯决赛圈（p = 0.95）",
    preset_unlikely: "几乎不可能的事：中国队进入 2018 年世界杯决赛圈（p = 0.001）",
    preset_coin: "均匀的硬币正面朝上（p = 0.5）",
    preset_certain: "明天太阳照常升起（p = 1）",
    readout_label: "信息量 I(p)",
    x_axis: "概率 p",
    y_axis: info_y_axis,
    chart_title: "信息量",
    chart_alt: info_chart_alt,
    certain_note: "必然发生的事不带来新信息：I(1) = 0。",
    zero_note: "概率为 0 的事件永远不会发生。假如它真的发生了，意外程度没有上限：I(0) = ∞，因为 p 趋于 0 时 −log p 无限增大。",
};

fn info_y_axis(axis: &InformationAxis) -> String {
    let InformationAxis { log, unit } = axis;
    format!("I(p) = −{log} p（{unit}）")
}

fn info_chart_alt(alt: &InformationChartAlt) -> String {
    let InformationChartAlt {
        p,
        information,
        unit,
    } = alt;
    format!("曲线 −log p，p 从 0 到 1：在 p = 0 处趋于无穷大，到 p = 1 处降为 0。图中标出的点为 p = {p}，I(p) = {information} {unit}。")
}

// ---- lesson 2: entropy --------------------------------------------------------------------

use crate::lessons::entropy::{ContributionAxis, EntropyChartAlt, EntropyMaximum};

pub(in crate::i18n) static ENTROPY: EntropyText = EntropyText {
    intro: "信息量衡量的是单个结果，熵衡量的则是整个局面：揭晓究竟出现了哪个结果时，你平均能获得多少信息。",
    example: "按下电脑的电源键。通常它会正常开机（p = 0.7），有时根本开不了机（p = 0.2），而在我们的故事里，它偶尔还会爆炸（p = 0.1）。每个结果都有自己的信息量 −log p：正常开机几乎不带来什么信息，爆炸的信息量则很大。",
    expected: "用每个结果发生的概率给它的信息量加权，再全部加起来：得到的平均值就是熵，H(P) = −Σ pᵢ log pᵢ。下表正是这样算的：每个结果占一行，最后一行是总和。",
    extremes: "所有结果等可能时熵最大，因为这时毫无线索可循：有 n 个结果时，熵最大为 log n。某个结果必然发生时熵为 0，因为看了结果也得不到任何新信息。试试各个示例，或者增加、删除结果。",
    outcomes_computer: ["正常开机", "无法开机", "爆炸"],
    outcomes_coin: ["正面", "反面"],
    die_face: entropy_die_face,
    preset_computer: "按下电源键（0.7, 0.2, 0.1）",
    preset_fair_coin: "均匀的硬币（0.5, 0.5）：1 比特",
    preset_loaded_coin: "不均匀的硬币（0.9, 0.1）",
    preset_four_sided: "均匀的四面骰子：2 比特",
    preset_die: "均匀的六面骰子",
    preset_certain: "总能正常开机的电脑（1, 0, 0）",
    vector_legend: "分布 P：各个结果的概率",
    readout_label: "熵 H(P)",
    table_caption: "每个结果的信息量及其对熵的贡献",
    column_information: "信息量",
    column_term: "贡献",
    sum_row: "合计：熵 H(P)",
    zero_convention: "* 概率为 0 的结果永远不会发生，所以对熵没有贡献：按约定 0 · log 0 = 0（p 趋于 0 时 p · log p 也趋于 0），尽管这个结果本身的信息量 −log 0 是无穷大。",
    maximum_note: entropy_maximum_note,
    outcome_axis: "结果",
    probability_axis: "概率 p",
    contribution_axis: entropy_contribution_axis,
    contribution_series: "对 H(P) 的贡献",
    chart_title: "熵的各项贡献",
    chart_alt: entropy_chart_alt,
};

fn entropy_die_face(face: usize) -> String {
    format!("{face} 点")
}

fn entropy_maximum_note(note: &EntropyMaximum) -> String {
    let EntropyMaximum {
        outcomes,
        maximum,
        unit,
    } = note;
    format!("有 {outcomes} 个结果时，熵至多为 log {outcomes} = {maximum} {unit}，在这 {outcomes} 个结果等可能时取到。")
}

fn entropy_contribution_axis(axis: &ContributionAxis) -> String {
    let ContributionAxis { log, unit } = axis;
    format!("p · (−{log} p)（{unit}）")
}

fn entropy_chart_alt(alt: &EntropyChartAlt) -> String {
    let EntropyChartAlt {
        outcomes,
        entropy,
        unit,
    } = alt;
    format!("柱状图。上图：每个结果的概率。下图：每个结果对熵的贡献 p · (−log p)，各柱相加等于 H(P) = {entropy} {unit}。各结果（概率 → 贡献）：{outcomes}。")
}

// ---- lesson 3: binary entropy -------------------------------------------------------------

use crate::lessons::binary_entropy::{BinaryEntropyChartAlt, BinaryEntropySymmetry};

pub(in crate::i18n) static BINARY_ENTROPY: BinaryEntropyText = BinaryEntropyText {
    intro: "很多问题只有两种可能的结果：正面还是反面，赢还是输，是不是垃圾邮件。把第一个结果的概率记为 p，第二个结果的概率就是 1 − p。若把第一个结果记作 x = 1，第二个记作 x = 0，这样的分布就叫 0-1 分布，也就是伯努利分布。",
    bernoulli_note: "对照原教程阅读的读者请留意：原教程说 0-1 分布“也叫二项分布”。严格来说，二项分布描述的是多次独立试验中成功的次数；只做一次试验时（正如这里），它就是伯努利分布。",
    explanation: "两个结果的熵只取决于 p：H(p) = −p log p − (1 − p) log(1 − p)。拖动 p，看看曲线上的点怎样移动。",
    peak: "曲线在 p = 1/2 处最高，此时 H = ln 2 ≈ 0.6931 奈特，正好 1 比特：在只有两个结果的事件中，均匀的硬币最难预测。p = 0 或 p = 1 时结果是确定的，H = 0。",
    slider_label: "第一个结果的概率 p",
    outcomes: ["第一个结果（x = 1）", "第二个结果（x = 0）"],
    preset_fair_coin: "均匀的硬币（p = 0.5）",
    preset_loaded_coin: "不均匀的硬币（p = 0.9）",
    preset_lottery: "买一张彩票中奖（p = 0.001）",
    preset_certain: "必然发生的结果（p = 1）",
    readout_label: "二元熵 H(p)",
    table_caption: "两个结果的信息量及其对熵的贡献",
    sum_row: "合计：二元熵 H(p)",
    symmetry: binary_symmetry,
    certain_note: "p = 0 或 p = 1 时，其中一个结果必然发生：两项都为 0（按约定 0 · log 0 = 0），所以 H = 0。",
    x_axis: "概率 p",
    y_axis: binary_y_axis,
    maximum: "最大值",
    chart_title: "二元熵",
    chart_alt: binary_chart_alt,
};

fn binary_symmetry(symmetry: &BinaryEntropySymmetry) -> String {
    let BinaryEntropySymmetry {
        p,
        complement,
        entropy,
        unit,
    } = symmetry;
    format!("交换两个结果不会改变熵：p = {p} 与 p = {complement} 的熵相同，都是 {entropy} {unit}。曲线关于 p = 1/2 对称。")
}

fn binary_y_axis(unit: &str) -> String {
    format!("熵 H(p)（{unit}）")
}

fn binary_chart_alt(alt: &BinaryEntropyChartAlt) -> String {
    let BinaryEntropyChartAlt {
        p,
        entropy,
        maximum,
        unit,
    } = alt;
    format!("二元熵曲线 H(p)，p 从 0 到 1：两端为 0，在 p = 1/2 处最高，为 {maximum} {unit}。图中标出的点为 p = {p}，H(p) = {entropy} {unit}。")
}

// ---- lesson 4: KL divergence --------------------------------------------------------------

pub(in crate::i18n) static KL: KlText = KlText {
    intro: "现在，同一组结果上有两个分布：P 描述真实情况，Q 是某人（或某个模型）心目中的情况。真相是 P，却信了 Q，要付出多少代价？",
    setting: "在机器学习中，P 是样本的真实分布，例如第 1 类样本的独热（one-hot）标签 [1, 0, 0]；Q 是模型对该样本的预测，例如 [0.7, 0.2, 0.1]。",
    definition: "KL 散度（Kullback–Leibler 散度，又称相对熵）衡量的是：这些结果本可以用 P 完美地描述，改用 Q 来描述时，平均要多付出多少信息：",
    properties: "它永远不小于 0，只有 Q = P 时才等于 0。它也不对称：D(P‖Q) 和 D(Q‖P) 通常不相等，看第二张图里的两根柱子就知道。所以它不是 P 与 Q 之间的距离，而是把一个分布错当成另一个分布的代价，而且这个代价分方向。",
    p_legend: "P：真实分布",
    q_legend: "Q：模型给出的分布",
    preset_tutorial: "教程的例子：标签 P = [1, 0, 0]，预测 Q = [0.7, 0.2, 0.1]",
    preset_default: "两个“软”分布：P = [0.7, 0.2, 0.1]，Q = [0.5, 0.3, 0.2]",
    preset_equal: "Q = P：无需额外付出（D = 0）",
    preset_reverse_infinite: "P 排除了 Q 认为可能的结果：D(Q‖P) = ∞",
    preset_forward_infinite: "Q 排除了 P 认为可能的结果：D(P‖Q) = ∞",
    kl_pq_label: "KL 散度 D(P‖Q)",
    kl_qp_label: "反过来：D(Q‖P)",
    entropy_p_label: "熵 H(P)",
    cross_entropy_label: "交叉熵 H(P, Q)",
    infinite_pq: kl_infinite_pq,
    infinite_qp: kl_infinite_qp,
    outcome_list: kl_outcome_list,
    equal_note: "Q 与 P 相同，所以两个方向的散度都是 0：用 P 自己来描述 P，不需要多付出任何信息。",
    asymmetry: kl_asymmetry,
    identity: "对照一下上面的读数：D(P‖Q) 恰好等于 H(P, Q) − H(P)，也就是交叉熵减去熵。下一步就从这里讲起。",
    table_caption: "每个结果对应的各项。最后一行是各列之和：D(P‖Q)、H(P) 和 H(P, Q)。",
    distributions_title: "P、Q 与每个结果的贡献",
    asymmetry_title: "D(P‖Q) 与 D(Q‖P) 对比",
    outcome_axis: "结果",
    probability_axis: "概率",
    contribution_axis: kl_contribution_axis,
    divergence_axis: kl_divergence_axis,
    distributions_alt: kl_distributions_alt,
    asymmetry_alt: kl_asymmetry_alt,
};

fn kl_infinite_pq(outcomes: &str) -> String {
    format!("D(P‖Q) = ∞：Q 给{outcomes} 的概率是 0，而在 P 看来这是可能发生的。一个分布若认为某个结果不可能发生，用它来描述这个结果，所需的信息量就没有上限。")
}

fn kl_infinite_qp(outcomes: &str) -> String {
    format!("D(Q‖P) = ∞：P 给{outcomes} 的概率是 0，而在 Q 看来这是可能发生的。在这个方向上，是 P 把可能发生的结果当成了不可能。")
}

fn kl_outcome_list(names: &[String]) -> String {
    format!("结果 {}", names.join("、"))
}

fn kl_asymmetry(n: &crate::lessons::kl::DivergenceNumbers) -> String {
    let (kl_pq, kl_qp, unit) = (n.kl_pq, n.kl_qp, n.unit);
    format!(
        "这里 D(P‖Q) = {kl_pq} {unit}，而 D(Q‖P) = {kl_qp} {unit}：P 和 Q 互换角色，数值就变了。"
    )
}

fn kl_contribution_axis(unit: &str) -> String {
    format!("贡献（{unit}）")
}

fn kl_divergence_axis(unit: &str) -> String {
    format!("散度（{unit}）")
}

fn kl_distributions_alt(n: &DistributionNumbers) -> String {
    format!(
        "上图：各个结果上 P = ({}) 与 Q = ({}) 的柱子。下图：每个结果对 H(P) = {}、H(P, Q) = {} 和 D(P‖Q) = {} {} 的贡献。",
        n.p, n.q, n.entropy_p, n.cross_entropy, n.kl_pq, n.unit
    )
}

fn kl_asymmetry_alt(n: &crate::lessons::kl::DivergenceNumbers) -> String {
    let (kl_pq, kl_qp, unit) = (n.kl_pq, n.kl_qp, n.unit);
    let cut = if n.infinite {
        "无穷大的柱子在顶端截断，并标有 ∞。"
    } else {
        ""
    };
    format!("两根柱子：D(P‖Q) = {kl_pq} {unit}，D(Q‖P) = {kl_qp} {unit}。{cut}")
}

// ---- lesson 5: cross-entropy --------------------------------------------------------------

pub(in crate::i18n) static CROSS_ENTROPY: CrossEntropyText = CrossEntropyText {
    intro: "几乎所有分类器都以交叉熵为损失函数来训练。它其实就是上一步的 KL 散度加上一个常数。",
    derivation: "把 KL 散度求和式里的对数拆开：D(P‖Q) = Σ pᵢ log pᵢ − Σ pᵢ log qᵢ = −H(P) + H(P, Q)。其中第二个和式 H(P, Q) = −Σ pᵢ log qᵢ 就是交叉熵。移项就得到：",
    why_loss: "训练时拿标签 P 和模型的预测 Q 作比较，要缩小的差距是 D(P‖Q)。而 H(P) 只取决于标签，训练从不改变标签。所以交叉熵降低多少，KL 散度就恰好降低多少：最小化其中一个，也就最小化了另一个，而交叉熵的公式更简单。这就是选它作损失函数的原因。",
    label_legend: "标签 P",
    one_hot_option: "独热（one-hot）标签：只有一个真实类别",
    soft_option: "软分布",
    true_class_label: "真实类别",
    p_legend: "P：写成分布的标签",
    q_legend: "Q：模型的预测",
    preset_tutorial: "教程的例子：标签 [1, 0, 0]，预测 [0.7, 0.2, 0.1]",
    preset_soft: "软标签 [0.8, 0.1, 0.1]，预测 [0.7, 0.2, 0.1]",
    preset_rules_out_truth: "排除了真实类别：标签 [1, 0, 0]，预测 [0, 0.9, 0.1]",
    one_hot_note: ce_one_hot_note,
    soft_note: "用软标签时 H(P) 大于 0，交叉熵永远不会低于它：即使预测完美（Q = P），仍有 H(P, Q) = H(P)。训练能消除的只有 KL 散度那一部分。",
    infinite: ce_infinite,
    decomposition_title: "交叉熵 = 熵 + KL 散度",
    stack_alt: ce_stack_alt,
    table_caption: "每个结果在交叉熵中对应的一项。最后一行是它们的和。",
};

fn ce_one_hot_note(n: &crate::lessons::cross_entropy::OneHotNumbers) -> String {
    let (log, class, q_true) = (n.log, n.class, n.q_true);
    let (cross_entropy, unit) = (n.cross_entropy, n.unit);
    format!("用独热标签时 H(P) = 0：必然发生的结果不带来任何信息。于是交叉熵就等于 KL 散度，两者都是真实类别在模型看来的信息量：H(P, Q) = D(P‖Q) = −{log} q({class}) = −{log} {q_true} = {cross_entropy} {unit}。")
}

fn ce_infinite(outcomes: &str) -> String {
    format!("H(P, Q) = D(P‖Q) = ∞：Q 给{outcomes} 的概率是 0，而在 P 看来这是可能发生的。模型笃定地猜错，把实际发生的事判为不可能，它的意外程度就是无穷大；正因如此，训练代码从不对恰好为 0 的概率取对数。")
}

fn ce_stack_alt(n: &crate::lessons::cross_entropy::DecompositionNumbers) -> String {
    let (entropy_p, kl_pq) = (n.entropy_p, n.kl_pq);
    let (cross_entropy, unit) = (n.cross_entropy, n.unit);
    format!("一根分成两段的横条：H(P) = {entropy_p}，D(P‖Q) = {kl_pq}；两段合起来是 H(P, Q) = {cross_entropy} {unit}。")
}

// ---- lesson 6: MSE vs cross-entropy -------------------------------------------------------

pub(in crate::i18n) static MSE_VS_CE: MseVsCeText = MseVsCeText {
    intro: "平方误差和交叉熵都在真实类别拿到全部概率时取得最小值。那为什么分类器几乎都用交叉熵来训练？原因不在最小值的位置，而在两种损失各自如何拉动 logit——也就是网络真正在调整的原始输出。",
    setup: "取一个样本，真实类别为 t，标签 y 是独热（one-hot）向量（类别 t 处为 1，其余为 0）；logit z 经 softmax 变成概率 q = softmax(z)。平方误差把每个类别的偏差平方后相加：SE = (1 − q_t)² + Σ q_i²（i 取其余各类）。标签为独热向量时，交叉熵只剩一项：CE = −ln q_t。对一个批次，MSE 就是这些单样本损失的平均值（各个库还会再除以类别数，见读数下方的说明）。",
    shares: "经过 softmax，其余类别的概率不可能原地不动。固定其他 logit、只增大 z_t，其余类别会按固定比例 r_i（只对其他 logit 做 softmax 得到的比例）分掉剩下的 1 − q_t。于是 q_i = (1 − q_t) r_i，平方误差就是 (1 − q_t)² (1 + Σ r_i²)，是关于 q_t 的一条抛物线。教程把它写成 (1 − q_t)²，漏掉了其余类别的偏差；这些偏差只有在 q_t = 1 时才会消失。",
    controls_legend: "一次预测",
    logits_hint: "拖动 logit：softmax 会把它们变成下表中的概率。",
    true_class_label: "真实类别",
    add_class: "增加一个类别",
    remove_class: "删除最后一个类别",
    class_name: mse_class_name,
    logit_label: mse_logit_label,
    preset_tutorial: "教程中的预测：q = 0.7、0.2、0.1，真实类别 1",
    preset_confident_wrong: "自信地猜错：z = 0、0、−5，真实类别 3",
    preset_very_wrong: "非常自信地猜错：z = 0、0、−10，真实类别 3",
    preset_confident_right: "自信地猜对：z = 5、0、0，真实类别 1",
    table_caption: "每个类别的标签 y、logit z、概率 q，以及两种损失对该类 logit 的梯度（★ 标出真实类别）",
    col_class: "类别",
    readout_probability_true: "真实类别的概率 q_t",
    readout_cross_entropy: "交叉熵 −log q_t",
    readout_squared_error: "平方误差 SE",
    readout_grad_cross_entropy: "交叉熵的梯度 ∂CE/∂z_t",
    readout_grad_squared_error: "平方误差的梯度 ∂SE/∂z_t",
    underflow_note: "真实类别的概率太小，在浮点数中被舍入为 0，所以 −log q_t 为无穷大。",
    library_mse: mse_library_mse,
    units_note: "概率、平方误差和步数都没有单位。梯度是损失的梯度：交叉熵的梯度以奈特计，平方误差的梯度同样没有单位。切换单位时，这些数都不会变。",
    charts_in_nats: "无论单位开关如何设置，图中的交叉熵都以奈特计；只有交叉熵的读数会随开关变化。",
    convexity_heading: "平方误差是非凸的吗？要看横轴是什么",
    convex_in_probability: "以概率 q_t 为横轴：不是。第一张图中两条曲线处处向上弯：−ln q_t 是凸函数，抛物线 (1 − q_t)²(1 + Σ r_i²) 也是。所以教程说的“非凸”不可能来自以 q_t 为横轴的平方误差。更可能的原因是教程的两张图用了不同的横轴：平方误差画在 logit 上，交叉熵画在 0 到 1 之间的 q_t 上。这里的每张图都把两种损失画在同一条横轴上。",
    not_convex_in_logit: "以 logit 为自变量：交叉熵是凸的，平方误差不是。把交叉熵看作全部 logit 的函数，它等于 log Σ e^(z_i) − z_t，是凸函数；在第二张图中，随着 z_t 减小，它几乎沿直线一路上升。平方误差却在模型自信地猜错时趋于平坦，停在上限 1 + Σ r_i² 附近。先上升再变平的曲线弯错了方向：它不是凸的，而且平台上几乎没有坡度可循。",
    training_convexity: "这对训练意味着什么？损失对 logit 是凸的，只有当 logit 是权重的线性函数时，训练对权重才是凸的：这就是逻辑回归（两个类别）和 softmax 回归。也正因如此，逻辑回归用交叉熵（又称对数损失）来训练，而不是像教程里那样用平方误差。在深度网络中，logit 随权重非线性地变化，两种损失对权重都不是凸的：交叉熵并不能让训练变成凸优化。对每个网络都成立的是梯度，也就是每种损失在 logit 处交给反向传播的坡度。",
    gradients: "第三张图画出了这些坡度。交叉熵的梯度是 q_t − 1：始终为负，模型错得越离谱，它就越接近 −1，预测越差，推力越大。平方误差的梯度是 −2 q_t · SE：模型猜对时（SE → 0）它趋于 0，模型自信地猜错时（q_t → 0）它同样趋于 0。一个对错误答案深信不疑的模型，几乎无法从平方误差中学到东西。",
    race_heading: "训练竞赛",
    race_intro: "从上面的 logit 出发，对每个 logit 做最普通的梯度下降 z ← z − η ∇L：一次用交叉熵，一次用平方误差，直到真实类别的概率达到 0.9（或走满 10,000 步）。选“自信地猜错”看看：交叉熵几步就能到达，平方误差却得先从平台上慢慢爬出来。",
    learning_rate_label: "学习率 η",
    race_start: "重新播放",
    readout_race_cross_entropy: "交叉熵到达 0.9 所需步数",
    readout_race_squared_error: "平方误差到达 0.9 所需步数",
    steps: "步",
    race_verdict: mse_race_verdict,
    race_cap_note: mse_race_cap_note,
    legend_cross_entropy: "交叉熵",
    legend_squared_error: "平方误差",
    x_probability: "真实类别的概率 q_t",
    x_logit: "真实类别的 logit z_t",
    y_loss: "损失（CE 以奈特计，SE 无单位）",
    y_gradient: "梯度 ∂L/∂z_t",
    race_x: "梯度下降步数",
    race_y: "真实类别的概率 q_t",
    race_target: "目标",
    title_probability: "损失与概率",
    title_logit: "损失与 logit",
    title_gradient: "梯度与 logit",
    title_race: "训练竞赛",
    alt_probability: mse_alt_probability,
    alt_logit: mse_alt_logit,
    alt_gradient: mse_alt_gradient,
    alt_race: mse_alt_race,
};

use crate::lessons::mse_vs_ce::{CurveReading, LibraryMse, RaceFinish, RaceReading};

/// Class index `i` as the reader counts: from 1.
fn mse_class_name(i: usize) -> String {
    format!("类别 {}", i + 1)
}

fn mse_logit_label(i: usize) -> String {
    let subscript = char::from_u32(0x2081 + i as u32).unwrap_or('?');
    format!("z{subscript}（类别 {}）", i + 1)
}

fn mse_library_mse(n: &LibraryMse) -> String {
    let LibraryMse {
        squared_error: se,
        classes,
        library_mse: mse,
    } = n;
    format!("PyTorch 的 MSELoss 和 Keras 的 MeanSquaredError 还会对 {classes} 个类别取平均，所以这个样本在它们那里的值是 SE/n = {se}/{classes} = {mse}，而不是 {se}。")
}

fn mse_race_verdict(finish: &RaceFinish) -> String {
    match (finish.cross_entropy, finish.squared_error) {
        (Some(0), Some(0)) => {
            "真实类别的概率已经不低于 0.9：两种损失都不需要迈出一步。".to_string()
        }
        (Some(a), Some(b)) if a < b => format!("交叉熵获胜：{a} 步对 {b} 步。"),
        (Some(a), Some(b)) if a > b => format!("这次平方误差获胜：{b} 步对 {a} 步。"),
        (Some(a), Some(_)) => format!("平局：都需要 {a} 步。"),
        (Some(a), None) => format!("交叉熵用 {a} 步到达 0.9；平方误差在步数上限内没有到达。"),
        (None, Some(b)) => format!("平方误差用 {b} 步到达 0.9；交叉熵在步数上限内没有到达。"),
        (None, None) => "两种损失都没有在步数上限内到达 0.9：试试更大的学习率。".to_string(),
    }
}

fn mse_race_cap_note(cap: usize) -> String {
    format!("∞ 表示走完 {cap} 步（竞赛的上限）后仍未到达 0.9。")
}

fn mse_alt_probability(reading: &CurveReading) -> String {
    let CurveReading {
        at: q,
        cross_entropy: ce,
        squared_error: se,
    } = reading;
    format!("交叉熵 −ln q（实线）和平方误差 (1 − q)²(1 + Σ r²)（虚线）随真实类别概率 q 从 0 到 1 的变化，其他类别保持各自的比例；两条曲线都是凸的。标记点位于 q = {q}：交叉熵 {ce} 奈特，平方误差 {se}。")
}

fn mse_alt_logit(reading: &CurveReading) -> String {
    let CurveReading {
        at: z,
        cross_entropy: ce,
        squared_error: se,
    } = reading;
    format!("交叉熵（实线）和平方误差（虚线）随真实类别 logit 的变化，其他 logit 保持不变。logit 减小时，交叉熵几乎线性上升，平方误差却趋于平台。标记点位于 z_t = {z}：交叉熵 {ce} 奈特，平方误差 {se}。")
}

fn mse_alt_gradient(reading: &CurveReading) -> String {
    let CurveReading {
        at: z,
        cross_entropy: ce,
        squared_error: se,
    } = reading;
    format!("两种损失对真实类别 logit 的梯度：交叉熵的 q − 1（实线）在模型错得最厉害时接近 −1；平方误差的 −2q · SE（虚线）在那里和模型正确时都接近 0。标记点位于 z_t = {z}：∂CE/∂z_t = {ce}，∂SE/∂z_t = {se}。")
}

fn mse_alt_race(reading: &RaceReading) -> String {
    let RaceReading {
        learning_rate: rate,
        cross_entropy_steps: ce,
        squared_error_steps: se,
    } = reading;
    format!("学习率为 {rate} 时的训练竞赛：每一步梯度下降后真实类别的概率，交叉熵为实线，平方误差为虚线，直到 0.9 的目标线。交叉熵需要 {ce} 步，平方误差需要 {se} 步。")
}

// ---- lesson 7: single-label ---------------------------------------------------------------

const BATCH_EDITOR: BatchEditorText = BatchEditorText {
    classes_legend: "类别",
    class_name_label: |i| format!("第 {i} 个类别的名称"),
    new_class_name: |i| format!("类别 {i}"),
    default_names: default_class_names,
    name_required: "类别需要一个名称；仍使用原来的名称。",
    add_class: "增加一个类别",
    remove_class: "删除最后一个类别",
    add_sample: "增加一个样本",
    remove_sample: "删除最后一个样本",
    sample_legend: |j| format!("样本 {j}"),
    batch_size: |&BatchSize {
                     samples: m,
                     classes: n,
                 }| format!("m = {m} 个样本，n = {n} 个类别"),
    input_kind_label: "模型的输出形式",
    input_prob: "概率",
    sample_column: "样本",
    x_axis: "样本",
    y_axis: |unit| format!("损失（{unit}）"),
    sample_item: |&SampleItem { sample: j, value }| format!("样本 {j}：{value}"),
    double_sum_heading: "代入这个批次的数值",
    table_caption: "这个批次的数值",
    in_unit: |&InUnit { label, unit }| format!("{label}（{unit}）"),
};

pub(in crate::i18n) static SINGLE_LABEL: SingleLabelText = SingleLabelText {
    editor: BATCH_EDITOR,
    intro: "分类器看一张图片，只给出一个类别：猫、青蛙或老鼠。它的最后一层为每个类别打一个分数，softmax 把这些分数变成概率分布 q；标签 y 则是一个独热（one-hot）分布：真实类别为 1，其余都为 0。",
    loss_text: "一个样本的损失，就是前几步讲过的交叉熵：在标签和预测之间计算，对 n 个类别求和。标签是独热的，所以除了一项以外，其余各项都是 0 · log q = 0，最后只剩真实类别的 −log q，也就是模型看到正确答案时有多“意外”。",
    example_text: "教程中的例子：图片里是一只青蛙，所以 y = [0, 1, 0]；模型预测 q = [0.3, 0.6, 0.1]；损失为 −ln 0.6 = 0.5108 奈特。",
    batch_text: "训练时一次处理一个批次的 m 个样本，对它们的损失取平均。试着增加样本、修改真实类别和预测，看看每根柱子和平均值怎样变化。",
    input_logit: "logit（再经过 softmax）",
    logit_note: "选择 logit 时，滑块调节的是原始分数 z，可以取任意实数。每一行先经过 softmax，q = e^z / Σ e^z，结果显示在滑块旁边；损失直接由 logit 算出（log-softmax），即使分数很大也依然精确。",
    true_class_label: "真实类别",
    prob_valuetext: |n| format!("样本 {}，{} 的预测概率：{}", n.sample, n.class, n.probability),
    logit_valuetext: |n| format!("样本 {}，{} 的 logit：{}，softmax 概率 {}", n.sample, n.class, n.logit, n.probability),
    softmax_shows: |q| format!("softmax → q = {q}"),
    sample_loss_label: |n| format!("损失 −{} q({}) =", n.log, n.class),
    batch_loss_label: "批次损失：对样本取平均",
    survivors_note: "灰色的项对应 y = 0：无论模型怎样预测，这些项都是 0 · log q = 0，所以每个样本只剩下真实类别那一项。",
    infinity_note: "真实类别的预测概率恰好为 0 时，代价是 −log 0 = ∞：这个样本的损失是无穷大，整个批次的平均值也是。只要有一个确信无疑的错误，再多好的预测也抵不过它。",
    true_class_column: "真实类别",
    loss_column: "损失",
    batch_row: "批次损失（平均）",
    chart_title: "批次中各样本的损失",
    chart_mean: "批次损失（平均）",
    chart_alt: |n| format!("柱状图，每个样本一根柱子，表示它的损失（{unit}）：{items}。虚线是批次损失，即它们的平均值：{mean} {unit}。", items = n.items, mean = n.mean, unit = n.unit),
    preset_tutorial: "教程中的样本：青蛙的预测概率为 0.6",
    preset_confident_mistake: "3 个样本的批次，其中一个自信地猜错",
    preset_perfect: "完全正确的预测（损失为 0）",
    preset_certain_mistake: "确信无疑的错误：真实类别的概率为 0（损失为 ∞）",
    preset_uniform: "四个类别，毫无头绪：均匀猜测（损失为 ln 4）",
    preset_logits: "用 logit 表示的教程样本",
    library: crate::lessons::single_label::LibraryText {
        heading: "你用的库需要什么输入",
        pytorch: "PyTorch 的 nn.CrossEntropyLoss 要的是原始的 logit z，而不是概率；标签是每个样本真实类别的索引（也可以是一行类别概率）。它自己会先做 log-softmax，默认再对整个批次取平均，得到的就是上面以奈特为单位的批次损失。所以在它前面再加一个 softmax 是个 bug。注意代码里的索引从 0 开始：教程例子中的青蛙在本页是第 2 个类别，在代码里的 target 是 1。",
        keras: "Keras 的 CategoricalCrossentropy 默认要的是概率（softmax 层的输出）和独热标签；设置 from_logits=True 后，它改为接收 logit，由自己来做 softmax。SparseCategoricalCrossentropy 是同一个损失，只是每个标签写成类别索引（同样从 0 开始），而不是独热向量。",
        double_heading: "多了一次 softmax",
        double_logit: "看看这个 bug 对这个批次有什么影响：logit z 先变成 q = softmax(z)，损失函数又在上面套了一层自己的 softmax，r = softmax(q)，再取真实类别的 −log r。",
        double_prob: "这里模型的输出是概率，所以本页把它们当作第一次 softmax 的结果（取对数就得到能还原出它们的 logit），再套上损失函数自带的 softmax：r = softmax(q)，然后取真实类别的 −log r。模型最后一层已经是 softmax，又把输出交给 nn.CrossEntropyLoss 时，发生的正是这种情况。",
        double_why: "每个 q 都在 0 和 1 之间，第二次 softmax 会把预测压向均匀猜测。即使预测完全确定而且正确，损失也还有 ln(e + n − 1) − 1（三个类别时为 0.5514 奈特）；完全确定的错误也不过 ln(e + n − 1)。损失几乎动不了，模型得到的训练信号很弱，程序却不会报任何错：模型只是学得很慢，或者学不好。",
        right_label: "正确：只做一次 softmax（即上面的批次损失）",
        double_label: "softmax 做了两次",
    },
    announce: |n| format!("批次损失 {} {}", n.loss, n.unit),
};

// ---- lesson 8: multi-label ----------------------------------------------------------------

pub(in crate::i18n) static MULTI_LABEL: MultiLabelText = MultiLabelText {
    editor: BatchEditorText {
        classes_legend: "类别（每个类别一个输出节点）",
        ..BATCH_EDITOR
    },
    intro: "现在一张图片里可以同时有好几样东西：有青蛙，有老鼠，但没有猫。标签不再是独热（one-hot）的，而是多热（n-hot）的：y = [0, 1, 1]，图中有的类别都记作 1。各个类别之间也不再互相竞争：每个输出节点有自己的 sigmoid，只回答自己那个“是或否”的问题。预测值都在 [0, 1] 之间，但加起来不必等于 1。",
    node_text: "每个节点都是一个只有两种结果的问题，就像第 3 步里的硬币；它的损失是二元交叉熵 −y log q − (1 − y) log(1 − q)。注意这是一个节点的损失，而不是一个样本的损失，别和上一步单标签的公式弄混了。一个样本的损失是它所有节点的损失之和。",
    example_text: "教程里的例子：标签 [0, 1, 1]，预测 [0.1, 0.7, 0.8]。猫节点的损失是 −ln 0.9 = 0.1054，青蛙节点是 −ln 0.7 = 0.3567，老鼠节点是 −ln 0.8 = 0.2231；样本的损失是三者之和，0.6852 奈特。",
    batch_text: "对整个批次，教程的公式把 m 个样本、n 个节点的损失全部加起来。各种库通常还会把这个和除以某个数；除数不同，你看到的数值也就不同。下面把三种算法都列了出来。",
    softmax_wrong_title: "这里为什么不用 softmax 交叉熵？",
    softmax_wrong: "softmax 让所有类别共同分享总量为 1 的概率，于是模型越确信图中有青蛙，老鼠的概率就被压得越低，可两者明明都在图中。而且 y = [0, 1, 1] 时，−Σ y log q 也算不上两个分布之间的交叉熵，因为 y 的和不等于 1。每个标签都是一个独立的问题，所以每个节点各用自己的 sigmoid，各算自己的二元交叉熵。",
    input_logit: "logit（每个节点各接一个 sigmoid）",
    logit_note: "选择 logit 时，滑块调节的是每个节点的原始分数 z，它可以取任意实数；旁边显示它的 sigmoid 值 q = 1 / (1 + e^−z)。损失直接从 logit 算出（BCEWithLogitsLoss 也是这样做的），所以分数再大也能保持精确。",
    present_label: |class| format!("图中有 {class}"),
    prob_valuetext: |n| format!("样本 {}，图中有 {} 的预测概率：{}", n.sample, n.class, n.probability),
    logit_valuetext: |n| format!("样本 {}，{} 的 logit：{}，sigmoid 概率 {}", n.sample, n.class, n.logit, n.probability),
    sigmoid_shows: |q| format!("sigmoid → q = {q}"),
    node_loss_label: "节点损失",
    sample_loss_label: "样本损失（对节点求和）",
    keras_sample_label: "Keras 报告的值（对节点取平均）",
    keras_note: "Keras 的二元交叉熵对每个样本报告的是各节点损失的平均值，而不是它们的和：教程里的样本得到 0.2284，而不是 0.6852。",
    reductions_heading: "不同归约方式下的批次损失",
    reduction_label: "批次损失的归约方式",
    reduction_names: ["求和", "对样本取平均", "对所有元素取平均"],
    reduction_short: ["求和", "对样本取平均", "对所有元素取平均"],
    reduction_matches: [
        "教程中的公式；PyTorch 的 reduction='sum'。",
        "先在每个样本内对节点求和，再对样本取平均：手写代码常这样算（例如用 TensorFlow 的 sigmoid_cross_entropy_with_logits，对节点求和后再对批次取平均）。",
        "PyTorch 的 BCELoss 和 BCEWithLogitsLoss 的默认方式（reduction='mean'），也是 Keras 二元交叉熵的结果（先对节点取平均，再对批次取平均）。",
    ],
    chosen: "已选",
    batch_loss_label: "所选归约方式下的批次损失",
    factors_note: |shape| {
        let (m, n) = (shape.samples, shape.nodes);
        format!("当 m = {m}、n = {n} 时：求和是“对样本取平均”的 {m} 倍，是“对所有元素取平均”的 {} 倍。", m * n)
    },
    infinity_note: "如果标签为 1 的节点预测值恰好为 0（或标签为 0 的节点预测值恰好为 1），精确的损失就是无穷大。但各种库从不报告 ∞：PyTorch 的 BCELoss 把每个对数截断在 −100，所以这样的节点损失为 100 奈特；Keras 把预测值裁剪到 [1e−7, 1 − 1e−7] 之内，所以损失约为 16 奈特。两个库都用自然对数，所以无论你选了哪种单位，这张表都照它们实际输出的样子，以奈特给出数值。",
    library_heading: "损失为无穷大的节点：各种库会报告什么",
    node_column: "节点",
    exact_column: "精确值",
    pytorch_column: "PyTorch BCELoss",
    keras_column: "Keras",
    vanishing_note: "灰色的项系数为 0，不起作用：y = 1 时只剩 log q 一项，y = 0 时只剩 log(1 − q) 一项。",
    label_column: "y",
    prediction_column: "q",
    sample_loss_column: "样本损失",
    keras_mean_column: "Keras（平均，奈特）",
    chart_title: "批次中各样本的损失",
    chart_mean: |reduction| format!("批次损失（{reduction}）"),
    chart_alt: |n| format!("柱状图，每个样本一根柱子，表示它的损失（各节点之和，{unit}）：{items}。虚线是按“{reduction}”归约的批次损失：{loss} {unit}。", items = n.items, reduction = n.batch.reduction, loss = n.batch.loss, unit = n.batch.unit),
    preset_tutorial: "教程中的样本：有青蛙和老鼠，没有猫",
    preset_batch: "3 个样本的批次",
    preset_certain_mistake: "确定无疑地猜错：老鼠的预测恰好为 0（损失为 ∞）",
    preset_perfect: "每个节点都答对，而且完全确定（损失为 0）",
    preset_all_present: "三样都在图中：q 的和可以大于 1",
    preset_logits: "用 logit 表示的教程样本",
    announce: |b| format!("批次损失（{}）{} {}", b.reduction, b.loss, b.unit),
};

fn default_class_names(classes: usize) -> Vec<String> {
    const ANIMALS: [&str; 3] = ["猫", "青蛙", "老鼠"];
    (1..=classes)
        .map(|k| {
            ANIMALS
                .get(k - 1)
                .map_or_else(|| format!("类别 {k}"), |name| name.to_string())
        })
        .collect()
}
