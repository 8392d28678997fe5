//! The practice panel at the end of every lesson: its questions, checks, worked solutions,
//! "show me in the lab", new draws and the reader's progress.

use leptos::prelude::*;

use super::check::{check_choice, check_number, tolerance, Verdict};
use super::question::{questions, Ask, Mistake, Question, SolutionLine, Template};
use super::session::{fresh_seed, use_practice_session};
use crate::components::{in_next_task, use_prefs, use_strings, use_unit};
use crate::i18n::practice::ui::{PracticeUi, QuestionNumber, RightCounts};
use crate::lessons::kit::short_probability;
use crate::lessons::ViewId;
use crate::state::ViewState;

use super::super::{text, Formula};

/// What the reader submitted for one question.
#[derive(Clone, Debug, PartialEq)]
enum Submission {
    Number(String),
    Choice(Option<usize>),
}

fn judge(question: &Question, submission: &Submission) -> Verdict {
    match (&question.ask, submission) {
        (Ask::Number(ask), Submission::Number(text)) => check_number(ask, text),
        (Ask::Choice(ask), Submission::Choice(chosen)) => check_choice(ask.correct, *chosen),
        _ => Verdict::Unreadable,
    }
}

fn mistake_text(ui: &PracticeUi, mistake: Mistake) -> &'static str {
    match mistake {
        Mistake::OtherLogBase => ui.mistake_other_log_base,
        Mistake::Sign => ui.mistake_sign,
        Mistake::SumInsteadOfMean => ui.mistake_sum_instead_of_mean,
        Mistake::MeanInsteadOfSum => ui.mistake_mean_instead_of_sum,
        Mistake::ReversedDivergence => ui.mistake_reversed_divergence,
        Mistake::MeanOverElements => ui.mistake_mean_over_elements,
        Mistake::MissingTerm => ui.mistake_missing_term,
    }
}

/// The feedback of a verdict: its headline ("Right.", "Not quite.") and what to look at.
fn feedback_parts(ui: &PracticeUi, verdict: Verdict, number: bool) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Right => (ui.right, ""),
        Verdict::Wrong(None) => (ui.wrong, ""),
        Verdict::Wrong(Some(mistake)) => (ui.wrong, mistake_text(ui, mistake)),
        Verdict::Unreadable if number => (ui.unreadable_number, ""),
        Verdict::Unreadable => (ui.unreadable_choice, ""),
    }
}

/// The feedback as one sentence, for the live region.
fn feedback(ui: &PracticeUi, verdict: Verdict, number: bool) -> String {
    match feedback_parts(ui, verdict, number) {
        (headline, "") => headline.to_string(),
        (headline, detail) => format!("{headline} {detail}"),
    }
}

/// The lesson's practice section: one question per template of the lesson's `PRACTICE`.
/// `show` sets the lesson's controls to a question's situation, without remounting the
/// lesson. Lessons show it through [`super::Practice`], which loads its code when the page
/// has time.
#[component]
pub fn PracticePanel(
    view: ViewId,
    templates: &'static [Template],
    show: Callback<ViewState>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_practice_session();
    let strings = use_strings();
    let unit = use_unit();
    let ui = Signal::derive(move || &strings.get().practice().ui);
    let seed = Memo::new(move |_| session.seed());
    let drawn = Memo::new(move |_| {
        questions(
            templates,
            view.index(),
            seed.get(),
            strings.get(),
            unit.get(),
        )
    });
    let spoken = RwSignal::new(String::new());
    let counts = move || {
        session.progress.with(|progress| RightCounts {
            view: progress.count(view.id()),
            total: progress.total(),
        })
    };
    let reset_said = RwSignal::new(false);
    let count = templates.len();
    // A question card is a few dozen elements: all of them in one go is a task long enough on
    // a phone to hold up a tap, so the first comes at once and each other in a task of its own.
    let revealed = RwSignal::new(count.min(1));
    reveal_one_per_task(revealed, count);

    view! {
        <section
            class="practice"
            data-testid="practice"
            aria-labelledby="practice-title"
            aria-busy=move || (revealed.get() < count).then_some("true")
        >
            <h2 id="practice-title">{text(|s| s.practice().ui.title)}</h2>
            <p class="practice-intro">{text(|s| s.practice().ui.intro)}</p>
            <p class="practice-set">
                <span data-testid="practice-set">{move || (ui.get().set_label)(seed.get())}</span>
                <button
                    type="button"
                    data-testid="new-questions"
                    on:click=move |_| {
                        prefs.practice_seed.set(Some(fresh_seed(seed.get_untracked())));
                    }
                >
                    {text(|s| s.practice().ui.new_questions)}
                </button>
            </p>
            <ol class="questions">
                // Keyed by the draw too: new questions replace every card.
                <For
                    each=move || {
                        let seed = seed.get();
                        (0..revealed.get()).map(move |k| (seed, k)).collect::<Vec<_>>()
                    }
                    key=|card| *card
                    children=move |(seed, k)| {
                        view! { <QuestionCard k=k seed=seed view=view drawn=drawn show=show spoken=spoken /> }
                    }
                />
            </ol>
            <div class="practice-progress">
                <p>{move || (ui.get().progress)(&counts())}</p>
                <button
                    type="button"
                    data-testid="practice-reset"
                    on:click=move |_| {
                        session.reset();
                        reset_said.set(true);
                        spoken.set(ui.get_untracked().reset_done.to_string());
                    }
                >
                    {text(|s| s.practice().ui.reset)}
                </button>
                <p class="storage-note">
                    {move || {
                        if reset_said.get() {
                            ui.get().reset_done
                        } else if session.stored {
                            ui.get().storage_note
                        } else {
                            ui.get().storage_unavailable
                        }
                    }}
                </p>
            </div>
            <p class="sr-only" aria-live="polite" data-testid="practice-announcer">{move || spoken.get()}</p>
        </section>
    }
}

/// Raises `revealed` by one per task until it reaches `count`; stops if the panel is gone.
fn reveal_one_per_task(revealed: RwSignal<usize>, count: usize) {
    if revealed.get_untracked() >= count {
        return;
    }
    in_next_task(move || {
        if revealed.try_update(|n| *n += 1).is_some() {
            reveal_one_per_task(revealed, count);
        }
    });
}

/// One question: its text, the answer field or choices, the check, the verdict, the worked
/// solution and "show me in the lab".
#[component]
fn QuestionCard(
    k: usize,
    seed: u64,
    view: ViewId,
    drawn: Memo<Vec<Question>>,
    show: Callback<ViewState>,
    spoken: RwSignal<String>,
) -> impl IntoView {
    let session = use_practice_session();
    let strings = use_strings();
    let ui = Signal::derive(move || &strings.get().practice().ui);
    let question = Memo::new(move |_| drawn.with(|all| all[k].clone()));
    let is_number = question.with_untracked(|q| matches!(q.ask, Ask::Number(_)));
    let typed = RwSignal::new(String::new());
    let chosen = RwSignal::new(None::<usize>);
    let submitted = RwSignal::new(None::<Submission>);
    let shown_in_lab = RwSignal::new(false);
    // Judged again when the unit or the language changes the question.
    let verdict =
        Memo::new(move |_| submitted.with(|s| s.as_ref().map(|s| question.with(|q| judge(q, s)))));
    let label = move || (ui.get().question_label)(&QuestionNumber { number: k + 1 });

    let check = move || {
        let submission = if is_number {
            Submission::Number(typed.get_untracked())
        } else {
            Submission::Choice(chosen.get_untracked())
        };
        let judged = question.with_untracked(|q| judge(q, &submission));
        submitted.set(Some(submission));
        if judged == Verdict::Right {
            session.record(view.id(), seed, k);
        }
        let ui = ui.get_untracked();
        spoken.set(format!("{}: {}", label(), feedback(ui, judged, is_number)));
    };
    // What a question asks never changes with the language or the unit: read it once.
    let (kind, answer_at) = question.with_untracked(|q| {
        let at = match &q.ask {
            Ask::Number(a) => Some((a.quantity, a.index, a.node)),
            Ask::Choice(_) => None,
        };
        (q.kind, at)
    });

    view! {
        <li
            class="question"
            data-testid=format!("question-{k}")
            data-kind=kind
            data-format=if is_number { "number" } else { "choice" }
            data-verdict=move || verdict.get().map(Verdict::id)
            data-answer-quantity=answer_at.map(|(quantity, _, _)| quantity)
            data-answer-index=answer_at.and_then(|(_, index, _)| index)
            data-answer-node=answer_at.and_then(|(_, _, node)| node)
            aria-labelledby=format!("question-{k}-prompt")
        >
            <h3 class="question-label">{label}</h3>
            <p class="prompt" id=format!("question-{k}-prompt")>{move || question.with(|q| q.prompt.clone())}</p>
            <form
                class="answer-form"
                on:submit=move |e| {
                    e.prevent_default();
                    check();
                }
            >
                {if is_number {
                    view! { <NumberAnswer k=k question=question typed=typed /> }.into_any()
                } else {
                    view! { <ChoiceAnswer k=k question=question chosen=chosen /> }.into_any()
                }}
                <div class="answer-actions">
                    <button type="submit" data-testid=format!("check-{k}")>{text(|s| s.practice().ui.check)}</button>
                    <button
                        type="button"
                        data-testid=format!("show-{k}")
                        on:click=move |_| {
                            show.run(question.with_untracked(|q| q.situation.clone()));
                            shown_in_lab.set(true);
                        }
                    >
                        {text(|s| s.practice().ui.show_in_lab)}
                    </button>
                </div>
            </form>
            <Show when=move || shown_in_lab.get()>
                <p class="shown-note">{text(|s| s.practice().ui.shown_note)}</p>
            </Show>
            {move || verdict.get().map(|v| {
                view! {
                    <p class=format!("verdict verdict-{}", v.id())>
                        <strong>{move || feedback_parts(ui.get(), v, is_number).0}</strong>
                        " "
                        {move || feedback_parts(ui.get(), v, is_number).1}
                    </p>
                    <Solution k=k question=question />
                }
            })}
        </li>
    }
}

/// A number question's answer field, its unit and the tolerance it is judged with.
#[component]
fn NumberAnswer(k: usize, question: Memo<Question>, typed: RwSignal<String>) -> impl IntoView {
    let strings = use_strings();
    let ui = Signal::derive(move || &strings.get().practice().ui);
    let unit = move || {
        question.with(|q| match &q.ask {
            Ask::Number(a) => a.unit,
            Ask::Choice(_) => None,
        })
    };
    let within = move || {
        question.with(|q| match &q.ask {
            Ask::Number(a) => (ui.get().tolerance)(&short_probability(tolerance(a.answer))),
            Ask::Choice(_) => String::new(),
        })
    };
    let id = format!("answer-{k}");
    view! {
        <p class="number-answer">
            <label for=id.clone()>{text(|s| s.practice().ui.answer_label)}</label>
            <input
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                id=id.clone()
                data-testid=id
                aria-describedby=format!("answer-{k}-tolerance")
                prop:value=move || typed.get()
                on:input=move |e| typed.set(event_target_value(&e))
            />
            <span class="answer-unit">{unit}</span>
        </p>
        <p class="tolerance" id=format!("answer-{k}-tolerance")>{within}</p>
    }
}

/// A choice question's options, as radio buttons.
#[component]
fn ChoiceAnswer(
    k: usize,
    question: Memo<Question>,
    chosen: RwSignal<Option<usize>>,
) -> impl IntoView {
    let options = question.with_untracked(|q| match &q.ask {
        Ask::Choice(a) => a.options.len(),
        Ask::Number(_) => 0,
    });
    let option_text = move |j: usize| {
        question.with(|q| match &q.ask {
            Ask::Choice(a) => a.options.get(j).cloned().unwrap_or_default(),
            Ask::Number(_) => String::new(),
        })
    };
    view! {
        <fieldset class="choices" aria-labelledby=format!("question-{k}-prompt")>
            {(0..options)
                .map(|j| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name=format!("question-{k}-choice")
                                value=j
                                data-testid=format!("choice-{k}-{j}")
                                prop:checked=move || chosen.get() == Some(j)
                                on:change=move |_| chosen.set(Some(j))
                            />
                            <span>{move || option_text(j)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// The worked solution, with the question's numbers in.
#[component]
fn Solution(k: usize, question: Memo<Question>) -> impl IntoView {
    let lines = move || {
        question.with(|q| {
            q.solution
                .iter()
                .map(|line| match line.clone() {
                    // A worked line can be wider than a phone: it scrolls, and a region that
                    // scrolls must be reachable with the keyboard.
                    SolutionLine::Formula { markup, label } => {
                        let spoken = label.clone();
                        view! {
                            <div class="solution-formula" tabindex="0" role="group" aria-label=spoken>
                                <Formula markup=markup label=label />
                            </div>
                        }
                        .into_any()
                    }
                    SolutionLine::Text(text) => view! { <p>{text}</p> }.into_any(),
                })
                .collect_view()
        })
    };
    view! {
        <div class="solution" data-testid=format!("solution-{k}")>
            <h4>{text(|s| s.practice().ui.solution_title)}</h4>
            {lines}
        </div>
    }
}
