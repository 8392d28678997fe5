//! The lesson's four charts: the three loss charts and the race.

use leptos::prelude::*;

use super::Lesson;
use crate::charts::drawers;
use crate::components::{use_strings, Chart};
use crate::lessons::mse_vs_ce::model::LossChart;

/// The charts (`loss-vs-probability`, `loss-vs-logit`, `gradient-vs-logit`, `race`); the race
/// shows `shown_steps` steps of its runs, and says whether its replay is playing or done.
#[component]
pub(super) fn LessonCharts(lesson: Lesson, shown_steps: RwSignal<usize>) -> impl IntoView {
    let (strings, race) = (use_strings(), lesson.race);
    let longest = Memo::new(move |_| race.with(|r| r.longest()));
    let figure =
        Memo::new(move |_| race.with(|r| r.figure(shown_steps.get(), strings.get().mse_vs_ce())));
    let replay_state = move || {
        if shown_steps.get() >= longest.get() {
            "done"
        } else {
            "playing"
        }
    };
    view! {
        <div class="charts mse-charts">
            <LossChartPanel lesson=lesson chart=LossChart::Probability />
            <LossChartPanel lesson=lesson chart=LossChart::Logit />
            <LossChartPanel lesson=lesson chart=LossChart::Gradient />
            <div
                class="race-chart"
                data-testid="race"
                data-replay=replay_state
                data-shown-steps=move || shown_steps.get().min(longest.get()).to_string()
            >
                <Chart
                    name="race"
                    draw=drawers::race
                    figure=figure
                    alt=Signal::derive(move || race.with(|r| r.chart_alt(strings.get())))
                    title=Signal::derive(move || strings.get().mse_vs_ce().title_race.to_string())
                />
            </div>
        </div>
    }
}

/// One of the three loss charts of the current prediction.
#[component]
fn LossChartPanel(lesson: Lesson, chart: LossChart) -> impl IntoView {
    let (strings, prediction) = (use_strings(), lesson.prediction);
    let text = move || strings.get().mse_vs_ce();
    let figure = Memo::new(move |_| prediction.with(|p| p.figure(chart, text())));
    view! {
        <Chart
            name=chart.name()
            draw=match chart {
                LossChart::Probability => drawers::loss_vs_probability,
                LossChart::Logit => drawers::loss_vs_logit,
                LossChart::Gradient => drawers::gradient_vs_logit,
            }
            figure=figure
            alt=Signal::derive(move || prediction.with(|p| p.chart_alt(chart, text())))
            title=Signal::derive(move || chart.title(text()).to_string())
        />
    }
}
