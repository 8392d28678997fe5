//! The course shell's words in Simplified Chinese: navigation, settings, link problems and math errors.

use super::super::*;
use crate::state::{shortest, Problem};

pub(super) const UI: Ui = Ui {
    app_title: "交叉熵实验室",
    tagline: "从一个事件带来的“意外”，到训练分类器的损失函数，拖动滑块一步步看清。",
    start_intro: "八个简短的交互步骤。拖动任意滑块，页面上的每个数字、表格和曲线都会同步变化。每个状态都是一个链接，可以分享，也可以嵌入课程页面。",
    contents: "目录",
    start_course: "开始学习",
    nav_label: "课程导航",
    nav_prev: "上一步",
    nav_next: "下一步",
    progress,
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
    embed_frame_title,
    embed_parent_script_note: "可选：把这段脚本放在课程页面上，框架的高度会自动适应内容。",
    enter_number_between,
    copy_failed: "浏览器拒绝了复制：请选中文本后手动复制。",
    open_in_lab: "在交叉熵实验室中打开",
    input_error_heading: "这个链接里有些参数无法使用，已改用默认值：",
    input_note_heading: "提示：",
    describe_issue,
    describe_math_error,
    infinity_reason_zero_probability: "真实分布有概率的地方，预测概率却恰好为 0，结果就是无穷大：一件“不可能”的事发生了，带来的意外没有上限。",
    export_png: "PNG",
    export_svg: "SVG",
    export_csv: "下载数据（CSV）",
    export_label,
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
    lesson_load_failed: "这一课没能加载：可能是网络断了，或者服务器繁忙。你的位置和设置都还在。",
    practice_load_failed: "练习题没能加载：可能是网络断了，或者服务器繁忙。上面的课程照常可用。",
    part_load_failed: "这一步的表格和图表没能加载：可能是网络断了，或者服务器繁忙。上面的控件和数值照常可用。",
    practice_count: |n| format!("答对 {n} 题"),
    retry: "重试",
    course_summary_title: "把它们串起来",
    course_summary: [
        "交叉熵等于熵加上 KL 散度：H(P,Q) = H(P) + D(P‖Q)。标签决定了 H(P)，所以最小化交叉熵就是最小化 KL 散度。",
        "经过 softmax（或每个节点一个 sigmoid）之后，交叉熵对 logit 的梯度就是 q − y。模型错得越离谱，梯度越大；q 越接近 y，梯度越小。即使答对了，只要真实类别的 q 是 0.7，梯度仍是 0.7 − 1 = −0.3；直到 q 等于 y，它才变为 0。",
        "softmax 之后，平方误差对真实类别 logit 的梯度是 −2 q_t · SE（q_t 是真实类别的概率，SE 是平方误差）；模型自信地猜错时（q_t → 0），这个梯度几乎为 0。这就是分类器用交叉熵来训练的原因。",
    ],
    skip_to_content: "跳到课程内容",
};

fn enter_number_between(NumberRange { min, max }: &NumberRange) -> String {
    let (min, max) = (shortest(*min), shortest(*max));
    format!("请输入 {min} 到 {max} 之间的数。")
}

fn progress(Progress { step, steps: total }: &Progress) -> String {
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
            let (value, min, max) = (shortest(*value), shortest(*min), shortest(*max));
            format!("“{param}”：{value} 超出了允许的范围 [{min}, {max}]。")
        }
        Problem::WrongLength { expected, got } => {
            format!("“{param}”：给出了 {got} 个值，需要 {expected} 个。")
        }
        Problem::NotNormalised { sum } => {
            let sum = shortest(*sum);
            format!("“{param}”：概率之和是 {sum}，不是 1。")
        }
        Problem::Renormalised { sum } => {
            let sum = shortest(*sum);
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
            format!(
                "“{param}”：类别 {class} 不存在，共有 {classes} 个类别（0 到 {}）。",
                classes.saturating_sub(1)
            )
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
            let value = shortest(*value);
            format!("第 {} 项是 {value}，不在 [0, 1] 之内。", index + 1)
        }
        MathError::NotNormalised { sum } => {
            let sum = shortest(*sum);
            format!("概率之和是 {sum}，不是 1。")
        }
        MathError::ClassOutOfRange { class, classes } => {
            format!("类别 {class} 不存在：共有 {classes} 个类别。")
        }
        MathError::RaggedBatch { row, len, expected } => {
            format!("第 {} 个样本有 {len} 个值，需要 {expected} 个。", row + 1)
        }
        MathError::InvalidParameter { name, value } => {
            let value = shortest(*value);
            format!("{name} 不能是 {value}。")
        }
    }
}

// ---- lesson 1: information ----------------------------------------------------------------
