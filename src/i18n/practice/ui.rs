//! The practice panel's own words, the same in every lesson.

/// Which question, for the panel's announcements and labels.
#[derive(Debug)]
pub struct QuestionNumber {
    /// Counted from 1.
    pub number: usize,
}

/// How many questions were answered right, for [`PracticeUi::progress`].
#[derive(Debug)]
pub struct RightCounts {
    /// In this lesson.
    pub view: usize,
    /// In the whole course.
    pub total: usize,
}

/// The practice panel's strings.
#[derive(Debug)]
pub struct PracticeUi {
    /// The section's heading: "Check yourself".
    pub title: &'static str,
    pub intro: &'static str,
    /// "Set {seed}": the seed a teacher shares.
    pub set_label: fn(u64) -> String,
    pub new_questions: &'static str,
    /// "Question {number}".
    pub question_label: fn(&QuestionNumber) -> String,
    pub answer_label: &'static str,
    pub check: &'static str,
    pub show_in_lab: &'static str,
    /// Said after "show me in the lab": where to look.
    pub shown_note: &'static str,
    /// "Answers within ±{tolerance} count."
    pub tolerance: fn(&str) -> String,
    pub right: &'static str,
    pub wrong: &'static str,
    pub unreadable_number: &'static str,
    pub unreadable_choice: &'static str,
    pub mistake_other_log_base: &'static str,
    pub mistake_sign: &'static str,
    pub mistake_sum_instead_of_mean: &'static str,
    pub mistake_mean_instead_of_sum: &'static str,
    pub mistake_reversed_divergence: &'static str,
    pub mistake_mean_over_elements: &'static str,
    pub mistake_missing_term: &'static str,
    pub solution_title: &'static str,
    /// "Answered right: {view} in this lesson, {total} in the course."
    pub progress: fn(&RightCounts) -> String,
    pub reset: &'static str,
    pub reset_done: &'static str,
    /// Where progress is kept (this browser only), or that it is not kept.
    pub storage_note: &'static str,
    pub storage_unavailable: &'static str,
}

pub const EN: PracticeUi = PracticeUi {
    title: "Check yourself",
    intro: "A few questions drawn fresh for this step. Answer, check, and if you like, let the lab show you the situation: the answer then stands on its readouts and curves.",
    set_label: |seed| format!("Question set {seed}"),
    new_questions: "New questions",
    question_label: |n| format!("Question {}", n.number),
    answer_label: "Your answer",
    check: "Check",
    show_in_lab: "Show me in the lab",
    shown_note: "The lab above now holds this question's numbers: its readouts and charts show the answer.",
    tolerance: |t| format!("Answers within ±{t} count; use . or , as the decimal point."),
    right: "Right.",
    wrong: "Not quite.",
    unreadable_number: "That is not a number this page can read. Type digits, with . or , as the decimal point, such as 0.25.",
    unreadable_choice: "Choose one of the answers first.",
    mistake_other_log_base: "That is the value with the other logarithm: ln gives nats, log₂ gives bits. Look at the unit the question asks for.",
    mistake_sign: "The sign is flipped: check each minus sign in the formula. For example −log p is never negative, while the gradient q − y is negative as long as q is below y.",
    mistake_sum_instead_of_mean: "That is the sum. The question asks for the mean: divide by the count.",
    mistake_mean_instead_of_sum: "That is the mean. The question asks for the sum: do not divide.",
    mistake_reversed_divergence: "That is D(Q‖P). The question asks for D(P‖Q): P's probabilities weight the terms and sit on top of the ratio.",
    mistake_mean_over_elements: "That is the mean over every element (Keras' default). The question asks for another reduction.",
    mistake_missing_term: "A part is missing: H(P, Q) = H(P) + D(P‖Q) needs both.",
    solution_title: "Worked solution",
    progress: |c| format!("Answered right: {} in this step, {} in the course.", c.view, c.total),
    reset: "Reset my progress",
    reset_done: "Progress cleared.",
    storage_note: "Your progress stays in this browser; nothing is sent anywhere.",
    storage_unavailable: "This browser does not let the page keep your progress, so it lasts until you leave.",
};

pub const ZH: PracticeUi = PracticeUi {
    title: "自测",
    intro: "为这一步随机抽出的几道题。先作答、再检查；愿意的话，让实验切换到题目的情形，答案就出现在读数和曲线上。",
    set_label: |seed| format!("题组 {seed}"),
    new_questions: "换一组题",
    question_label: |n| format!("第 {} 题", n.number),
    answer_label: "你的答案",
    check: "检查",
    show_in_lab: "在实验中显示",
    shown_note: "上方的实验已换成这道题的数值：读数和图表给出答案。",
    tolerance: |t| format!("与答案相差不超过 ±{t} 即算对；小数点可用 . 或 ,。"),
    right: "正确。",
    wrong: "不对。",
    unreadable_number: "这不是本页能读懂的数字。请输入数字，小数点用 . 或 ,，例如 0.25。",
    unreadable_choice: "请先选择一个答案。",
    mistake_other_log_base: "这是用另一种对数算出的值：ln 得到奈特，log₂ 得到比特。请看题目要求的单位。",
    mistake_sign: "符号反了：请逐个检查公式中的负号。例如 −log p 从不为负，而梯度 q − y 在 q 小于 y 时为负。",
    mistake_sum_instead_of_mean: "这是总和。题目要的是平均值：还要除以个数。",
    mistake_mean_instead_of_sum: "这是平均值。题目要的是总和：不用再除。",
    mistake_reversed_divergence: "这是 D(Q‖P)。题目要的是 D(P‖Q)：用 P 的概率加权，P 在比值的分子上。",
    mistake_mean_over_elements: "这是对所有元素取的平均（Keras 的默认做法）。题目要的是另一种归约方式。",
    mistake_missing_term: "少了一部分：H(P, Q) = H(P) + D(P‖Q)，两项都要。",
    solution_title: "解答",
    progress: |c| format!("已答对：本步 {} 题，全课程 {} 题。", c.view, c.total),
    reset: "清除我的进度",
    reset_done: "进度已清除。",
    storage_note: "你的进度只保存在这个浏览器里，不会发送到任何地方。",
    storage_unavailable: "这个浏览器不允许本页保存进度，离开页面后进度不会保留。",
};
