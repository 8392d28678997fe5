//! 简体中文。

use super::*;
use crate::state::Problem;

pub const ZH: Strings = Strings {
    ui: UI,
    information: INFORMATION,
    entropy: ENTROPY,
    binary_entropy: BINARY_ENTROPY,
    kl: KL,
    cross_entropy: CROSS_ENTROPY,
    mse_vs_ce: MSE_VS_CE,
    single_label: SINGLE_LABEL,
    multi_label: MULTI_LABEL,
};

const UI: Ui = Ui {
    app_title: "交叉熵实验室",
    tagline: "从一个事件带来的“意外”，到训练分类器的损失函数，拖动滑块一步步看清。",
    start_intro: "八个简短的交互步骤。拖动任意滑块，页面上的每个数字、表格和曲线都会同步变化。每个状态都是一个链接，可以分享，也可以嵌入课程页面。",
    contents: "目录",
    start_course: "开始学习",
    views: [
        ViewText { title: "信息量", bridge: "从这里开始：看到一个事件发生，能告诉你多少信息？" },
        ViewText { title: "熵", bridge: "把信息量按各个结果的概率取平均，就得到熵。" },
        ViewText { title: "二元熵（0-1 分布）", bridge: "只有两种结果时，熵就是关于 p 的一条曲线。" },
        ViewText { title: "KL 散度（相对熵）", bridge: "用另一个分布 Q 来描述 P，要多付出的信息就是 KL 散度。" },
        ViewText { title: "交叉熵", bridge: "熵 H(P) 加上 KL(P‖Q) 就是交叉熵，也就是分类器要最小化的损失。" },
        ViewText { title: "为什么不用均方误差？", bridge: "两种损失都偏爱正确的类别；区别在于它们对 logit 的梯度。" },
        ViewText { title: "单标签分类", bridge: "每个样本只属于一个类别：先 softmax，再算交叉熵，对一个批次取平均。" },
        ViewText { title: "多标签分类", bridge: "每个样本可以同时属于多个类别：每个输出节点各有一个 sigmoid 和一个二元交叉熵。" },
    ],
    nav_label: "课程导航",
    nav_prev: "上一步",
    nav_next: "下一步",
    progress: progress,
    settings_label: "设置",
    unit_label: "单位",
    unit_nats: "奈特（ln）",
    unit_bits: "比特（log₂）",
    nats: "奈特",
    bits: "比特",
    lang_label: "语言",
    theme_label: "主题",
    theme_light: "浅色",
    theme_dark: "深色",
    permalink: "复制链接",
    permalink_copied: "链接已复制",
    embed_code: "复制嵌入代码",
    embed_code_copied: "嵌入代码已复制",
    embed_code_label: "本页面的嵌入代码",
    embed_frame_title: embed_frame_title,
    embed_parent_script_note: "可选：把这段脚本放在课程页面上，框架的高度会自动适应内容。",
    enter_number_between: enter_number_between,
    copy_failed: "浏览器拒绝了复制：请选中文本后手动复制。",
    open_in_lab: "在交叉熵实验室中打开",
    input_error_heading: "这个链接里有些参数无法使用，已改用默认值：",
    input_note_heading: "提示：",
    describe_issue: describe_issue,
    describe_math_error: describe_math_error,
    infinity_reason_zero_probability: "真实分布有概率的地方，预测概率却恰好为 0，结果就是无穷大：一件“不可能”的事发生了，带来的意外没有上限。",
    nats_note: "无论单位开关如何设置，梯度、平方误差和概率始终以自然对数单位（奈特）计算。",
    export_png: "PNG",
    export_svg: "SVG",
    export_csv: "下载数据（CSV）",
    export_label: export_label,
    add_outcome: "增加结果",
    remove_outcome: "删除结果",
    add_sample: "增加样本",
    remove_sample: "删除样本",
    preset_label: "示例",
    preset_choose: "选择一个示例…",
    outcome: "结果",
    probability: "概率",
    sum: "合计",
    chart_alt_prefix: "图表：",
    panic_message: "实验室内部出错了。请刷新页面；如果再次出现，地址栏里的链接可以复现这个问题。",
    course_summary_title: "把它们串起来",
    course_summary: [
        "交叉熵等于熵加上 KL 散度：H(P,Q) = H(P) + D(P‖Q)。标签决定了 H(P)，所以最小化交叉熵就是最小化 KL 散度。",
        "经过 softmax（或每个节点一个 sigmoid）之后，交叉熵对 logit 的梯度就是 q − y：模型错得越多梯度越大，完全正确时为 0。",
        "softmax 之后的平方误差对真实类别 logit 的梯度是 −2qL，模型“自信地犯错”时它几乎为 0。这就是分类器用交叉熵训练的原因。",
    ],
    skip_to_content: "跳到课程内容",
};

fn enter_number_between(min: f64, max: f64) -> String {
    format!("请输入 {min} 到 {max} 之间的数。")
}

fn progress(step: usize, total: usize) -> String {
    format!("第 {step} 步，共 {total} 步")
}

fn embed_frame_title(view: &str) -> String {
    format!("交叉熵实验室：{view}")
}

fn export_label(chart: &str) -> String {
    format!("下载图表“{chart}”，格式：")
}

fn describe_issue(issue: &Issue) -> String {
    let param = &issue.param;
    match &issue.problem {
        Problem::NotANumber { value } => format!("“{param}”：“{value}”不是数字。"),
        Problem::NotFinite { value } => format!("“{param}”：“{value}”不是有限的数。"),
        Problem::OutOfRange { value, min, max } => {
            format!("“{param}”：{value} 超出了允许的范围 [{min}, {max}]。")
        }
        Problem::WrongLength { expected, got } => {
            format!("“{param}”：给出了 {got} 个值，需要 {expected} 个。")
        }
        Problem::NotNormalised { sum } => format!("“{param}”：概率之和是 {sum}，不是 1。"),
        Problem::Renormalised { sum } => {
            format!("“{param}”：概率之和为 {sum}，已按比例缩放为 1。")
        }
        Problem::TooMany { max, got } => {
            format!("“{param}”：给出了 {got} 项，只使用前 {max} 项。")
        }
        Problem::TooFew { min, got } => format!("“{param}”：给出了 {got} 项，至少需要 {min} 项。"),
        Problem::Empty => format!("“{param}”为空。"),
        Problem::UnknownView { value } => {
            format!("“{param}”：没有名为“{value}”的页面，已显示课程首页。")
        }
        Problem::UnknownValue { value, allowed } => {
            format!("“{param}”：“{value}”不是以下之一：{}。", allowed.join("、"))
        }
        Problem::ClassOutOfRange { class, classes } => {
            format!("“{param}”：类别 {class} 不存在，共有 {classes} 个类别（0 到 {}）。", classes.saturating_sub(1))
        }
        Problem::Repeated => format!("“{param}”出现了不止一次，使用第一个值。"),
    }
}

fn describe_math_error(error: &MathError) -> String {
    match error {
        MathError::Empty => "没有可以计算的数值。".to_string(),
        MathError::LengthMismatch { left, right } => {
            format!("两个向量的长度不同（{left} 和 {right}）。")
        }
        MathError::NotFinite { index } => format!("第 {} 项不是有限的数。", index + 1),
        MathError::OutOfRange { index, value } => {
            format!("第 {} 项是 {value}，不在 [0, 1] 之内。", index + 1)
        }
        MathError::NotNormalised { sum } => format!("概率之和是 {sum}，不是 1。"),
        MathError::ClassOutOfRange { class, classes } => {
            format!("类别 {class} 不存在：共有 {classes} 个类别。")
        }
        MathError::RaggedBatch { row, len, expected } => {
            format!("第 {} 个样本有 {len} 个值，需要 {expected} 个。", row + 1)
        }
        MathError::InvalidParameter { name, value } => format!("{name} 不能是 {value}。"),
    }
}

// ---- lesson 1: information ----------------------------------------------------------------

const INFORMATION: InformationText = InformationText {
    intro: "一件事发生时，你应该有多意外？它越不可能发生，它的发生带给你的信息就越多。",
    intuition: "“巴西队进入世界杯决赛”算不上新闻：这本来就很可能。“中国队进入世界杯决赛”就是大新闻了：这几乎不可能。信息量就是给这种“意外”打的分数。",
    definition: "概率为 p 的事件，其信息量为 I(p) = −log p。必然事件（p = 1）不带来任何信息；p 越接近 0，信息量越大，没有上限。",
    slider_label: "事件的概率 p",
    preset_likely: "很可能的事：巴西队进入决赛（p = 0.5）",
    preset_unlikely: "不太可能的事：中国队进入决赛（p = 0.001）",
    preset_coin: "均匀硬币正面朝上（p = 0.5）",
    preset_certain: "明天太阳照常升起（p = 1）",
    readout_label: "信息量 I(p)",
    x_axis: "概率 p",
    y_axis: info_y_axis,
    chart_title: "信息量",
    chart_alt: info_chart_alt,
    certain_note: "必然发生的事不带来新信息：I(1) = 0。",
};

fn info_y_axis(log: &str, unit: &str) -> String {
    format!("I(p) = −{log} p（{unit}）")
}

fn info_chart_alt(p: &str, information: &str, unit: &str) -> String {
    format!("曲线 −log p，p 从 0 到 1：在 p = 0 处趋于无穷大，在 p = 1 处为 0。标记的点为 p = {p}，I(p) = {information} {unit}。")
}

// ---- lesson 2: entropy --------------------------------------------------------------------

const ENTROPY: EntropyText = EntropyText {
    intro: "熵（中文）",
};

// ---- lesson 3: binary entropy -------------------------------------------------------------

const BINARY_ENTROPY: BinaryEntropyText = BinaryEntropyText {
    intro: "二元熵（中文）",
};

// ---- lesson 4: KL divergence --------------------------------------------------------------

const KL: KlText = KlText {
    intro: "KL 散度（中文）",
};

// ---- lesson 5: cross-entropy --------------------------------------------------------------

const CROSS_ENTROPY: CrossEntropyText = CrossEntropyText {
    intro: "交叉熵（中文）",
};

// ---- lesson 6: MSE vs cross-entropy -------------------------------------------------------

const MSE_VS_CE: MseVsCeText = MseVsCeText {
    intro: "均方误差与交叉熵（中文）",
};

// ---- lesson 7: single-label ---------------------------------------------------------------

const BATCH_EDITOR: BatchEditorText = BatchEditorText {
    classes_legend: "类别",
    class_name_label: |i| format!("第 {i} 个类别的名称"),
    new_class_name: |i| format!("类别 {i}"),
    name_required: "类别需要一个名称；仍使用原来的名称。",
    add_class: "增加一个类别",
    remove_class: "删除最后一个类别",
    add_sample: "增加一个样本",
    remove_sample: "删除最后一个样本",
    sample_legend: |j| format!("样本 {j}"),
    batch_size: |m, n| format!("m = {m} 个样本，n = {n} 个类别"),
    input_kind_label: "模型的输出形式",
    input_prob: "概率",
    sample_column: "样本",
    x_axis: "样本",
    y_axis: |unit| format!("损失（{unit}）"),
    sample_item: |j, value| format!("样本 {j}：{value}"),
    double_sum_heading: "代入这个批次的数值",
    table_caption: "这个批次的数值",
    in_unit: |label, unit| format!("{label}（{unit}）"),
};

const SINGLE_LABEL: SingleLabelText = SingleLabelText {
    editor: BATCH_EDITOR,
    intro: "分类器看一张图片，只能说出一个类别：猫、青蛙或老鼠。它的最后一层为每个类别给出一个分数，softmax 把这些分数变成一个概率分布 q；标签则是一个 one-hot 分布 y：真实类别为 1，其余都为 0。",
    loss_text: "一个样本的损失，就是前几步讲的交叉熵：标签与预测之间，对 n 个类别求和。标签是 one-hot 时，除了一项以外，其余各项都是 0 · log q = 0，剩下的只有真实类别的 −log q：模型看到正确答案时的“意外”程度。",
    example_text: "教程中的例子：图片里是一只青蛙，所以 y = [0, 1, 0]；模型预测 q = [0.3, 0.6, 0.1]；损失为 −ln 0.6 = 0.5108 奈特。",
    batch_text: "训练时一次看一个批次的 m 个样本，对它们的损失取平均。增加样本、修改真实类别和预测，观察每根柱子和平均值的变化。",
    input_logit: "logit（再经过 softmax）",
    logit_note: "选择 logit 时，滑块调节的是原始分数 z，可以是任意实数。每一行先经过 softmax，q = e^z / Σ e^z，结果显示在滑块旁边；损失直接由 logit 计算（log-softmax），即使分数很大也保持精确。",
    true_class_label: "真实类别",
    prob_valuetext: |j, class, value| format!("样本 {j}，{class} 的预测概率：{value}"),
    logit_valuetext: |j, class, z, q| format!("样本 {j}，{class} 的 logit：{z}，softmax 概率 {q}"),
    softmax_shows: |q| format!("softmax → q = {q}"),
    sample_loss_label: |log, class| format!("损失 −{log} q({class}) ="),
    batch_loss_label: "批次损失：对样本取平均",
    survivors_note: "灰色的项 y = 0。无论模型怎样预测，它们都是 0 · log q = 0，所以每个样本里只留下真实类别那一项。",
    infinity_note: "真实类别的预测概率恰好为 0 时，代价是 −log 0 = ∞：这个样本的损失是无穷大，整个批次的平均值也是。一个“确信的错误”抵得过任意多个好的预测。",
    true_class_column: "真实类别",
    loss_column: "损失",
    batch_row: "批次损失（平均）",
    chart_title: "批次中各样本的损失",
    chart_mean: "批次损失（平均）",
    chart_alt: |items, mean, unit| format!("柱状图，每个样本一根柱子，表示它的损失（{unit}）：{items}。虚线是批次损失，即它们的平均值：{mean} {unit}。"),
    preset_tutorial: "教程中的样本：青蛙的预测概率为 0.6",
    preset_confident_mistake: "3 个样本的批次，其中一个“自信地犯错”",
    preset_perfect: "完全正确的预测（损失为 0）",
    preset_certain_mistake: "确信的错误：真实类别的概率为 0（损失为 ∞）",
    preset_uniform: "四个类别，毫无头绪：均匀猜测（损失为 ln 4）",
    preset_logits: "用 logit 表示的教程样本",
    announce: |loss, unit| format!("批次损失 {loss} {unit}"),
};

// ---- lesson 8: multi-label ----------------------------------------------------------------

const MULTI_LABEL: MultiLabelText = MultiLabelText {
    editor: BatchEditorText {
        classes_legend: "类别（每个类别一个输出节点）",
        ..BATCH_EDITOR
    },
    intro: "现在一张图片可以同时包含好几样东西：有青蛙，有老鼠，但没有猫。标签是 n-hot 的，y = [0, 1, 1]，各个类别之间不再互相竞争：每个输出节点有自己的 sigmoid，回答自己的“是或否”问题。预测值都在 [0, 1] 之间，但加起来不必等于 1。",
    node_text: "每个节点都是一个只有两种结果的问题，就像第 3 步的硬币，它的损失是二元交叉熵 −y log q − (1 − y) log(1 − q)。这是一个节点的损失，不是一个样本的损失：不要和上一步的单标签公式混淆。一个样本的损失是它所有节点损失之和。",
    example_text: "教程中的例子：标签 [0, 1, 1]，预测 [0.1, 0.7, 0.8]。猫节点的损失是 −ln 0.9 = 0.1054，青蛙 −ln 0.7 = 0.3567，老鼠 −ln 0.8 = 0.2231；样本的损失是它们的和，0.6852 奈特。",
    batch_text: "对一个批次，教程的公式对 m 个样本和 n 个节点求和。各种库通常会把这个和再除以某个数，除以什么会改变你看到的数值：下面三种都算出来了。",
    softmax_wrong_title: "这里为什么不用 softmax 交叉熵？",
    softmax_wrong: "softmax 让所有类别分享总量为 1 的概率，于是模型越确信有青蛙，老鼠的概率就被压得越低，尽管两者都在图中。而且当 y = [0, 1, 1] 时，−Σ y log q 并不是两个分布之间的交叉熵：y 的和不等于 1。这些标签是相互独立的问题，所以每个节点都有自己的 sigmoid 和自己的二元交叉熵。",
    input_logit: "logit（每个节点经过 sigmoid）",
    logit_note: "选择 logit 时，滑块调节每个节点的原始分数 z，可以是任意实数；它的 sigmoid 值 q = 1 / (1 + e^−z) 显示在旁边。损失直接由 logit 计算（与 BCEWithLogitsLoss 相同），即使分数很大也保持精确。",
    present_label: |class| format!("图中有 {class}"),
    prob_valuetext: |j, class, value| format!("样本 {j}，图中有 {class} 的预测概率：{value}"),
    logit_valuetext: |j, class, z, q| format!("样本 {j}，{class} 的 logit：{z}，sigmoid 概率 {q}"),
    sigmoid_shows: |q| format!("sigmoid → q = {q}"),
    node_loss_label: "节点损失",
    sample_loss_label: "样本损失（对节点求和）",
    keras_sample_label: "Keras 报告的值（对节点取平均）",
    keras_note: "Keras 的二元交叉熵对每个样本报告的是各节点损失的平均值，而不是和：教程中的样本是 0.2284，而不是 0.6852。",
    reductions_heading: "不同归约方式下的批次损失",
    reduction_label: "批次损失的归约方式",
    reduction_names: ["求和", "对样本取平均", "对所有元素取平均"],
    reduction_short: ["求和", "对样本取平均", "对所有元素取平均"],
    reduction_matches: [
        "教程中的公式；PyTorch 的 reduction='sum'。",
        "各样本损失之和的平均：手写代码常见的算法（例如 TensorFlow 的 sigmoid_cross_entropy_with_logits，对节点求和，再对批次取平均）。",
        "PyTorch 的 BCELoss 和 BCEWithLogitsLoss 的默认方式（reduction='mean'），也是 Keras 二元交叉熵的结果（先对节点取平均，再对批次取平均）。",
    ],
    chosen: "已选",
    batch_loss_label: "所选归约方式下的批次损失",
    factors_note: |m, n| format!("当 m = {m}、n = {n} 时：求和是“对样本取平均”的 {m} 倍，是“对所有元素取平均”的 {} 倍。", m * n),
    infinity_note: "标签为 1 的节点预测值恰好为 0（或标签为 0 的节点预测值恰好为 1）时，精确的损失是无穷大。各种库从不报告 ∞：PyTorch 的 BCELoss 把每个对数截断在 −100，所以这样的节点损失为 100 奈特；Keras 把预测值裁剪到 [1e−7, 1 − 1e−7]，所以损失为 −ln 1e−7 = 16.118 奈特。",
    library_heading: "对于损失为无穷大的节点，各种库会报告什么",
    node_column: "节点",
    exact_column: "精确值",
    pytorch_column: "PyTorch BCELoss",
    keras_column: "Keras",
    vanishing_note: "灰色的项乘以 0：y = 1 时只有 log q 起作用，y = 0 时只有 log(1 − q) 起作用。",
    label_column: "y",
    prediction_column: "q",
    sample_loss_column: "样本损失",
    keras_mean_column: "Keras（平均）",
    chart_title: "批次中各样本的损失",
    chart_mean: |reduction| format!("批次损失（{reduction}）"),
    chart_alt: |items, reduction, value, unit| format!("柱状图，每个样本一根柱子，表示它的损失（各节点之和，{unit}）：{items}。虚线是按“{reduction}”归约的批次损失：{value} {unit}。"),
    preset_tutorial: "教程中的样本：有青蛙和老鼠，没有猫",
    preset_batch: "3 个样本的批次",
    preset_certain_mistake: "确信的错误：老鼠的预测恰好为 0（损失为 ∞）",
    preset_perfect: "每个节点都正确且确信（损失为 0）",
    preset_all_present: "三样都在图中：q 的和可以大于 1",
    preset_logits: "用 logit 表示的教程样本",
    announce: |reduction, loss, unit| format!("批次损失（{reduction}）{loss} {unit}"),
};
