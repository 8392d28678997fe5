//! Step 2, `entropy`: H(P) = −Σ pᵢ log pᵢ, the expected information content of a distribution,
//! built from the computer power-on example and worked out row by row.


use leptos::prelude::*;

use crate::charts::{Contribution, ContributionSeries, Distributions, DistributionsLabels, Figure};
use crate::components::url::sync_url;
use crate::components::{shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv, ProbabilityVector};
use crate::lessons::kit::{text, PresetSelect, ReadoutCard};
use super::EntropyText;
use crate::math;
use crate::state::{EntropyState, ViewId, ViewState, MAX_CLASSES, MIN_CLASSES};
use crate::lessons::kit::{short_probability, table_csv, Formula, Row, Steps, WorkedTable};

/// Where the outcomes' names come from. Outcomes beyond a naming's list are called x₅, x₆, …
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Naming {
    /// Starts normally / does not start / explodes.
    Computer,
    /// Heads / tails.
    Coin,
    /// Face 1, face 2, … of an n-sided die.
    Die,
}

impl Naming {
    /// The naming a link with `outcomes` entries is read with: the course's examples by size.
    fn for_length(outcomes: usize) -> Naming {
        match outcomes {
            2 => Naming::Coin,
            3 => Naming::Computer,
            _ => Naming::Die,
        }
    }

    /// The name of outcome `index` (from 0).
    fn name(self, text: &EntropyText, index: usize) -> String {
        let named = match self {
            Naming::Computer => text.outcomes_computer.get(index).map(|s| s.to_string()),
            Naming::Coin => text.outcomes_coin.get(index).map(|s| s.to_string()),
            Naming::Die => Some((text.die_face)(index + 1)),
        };
        named.unwrap_or_else(|| outcome_symbol(index))
    }
}

/// x₁, x₂, …: the symbol of outcome `index` (from 0); at most 8 outcomes, so one digit.
fn outcome_symbol(index: usize) -> String {
    let digit = char::from_u32(0x2080 + (index as u32 + 1) % 10).unwrap_or('?');
    format!("x{digit}")
}

/// The distribution of a preset.
enum PresetP {
    Given(&'static [f64]),
    /// Equally likely outcomes (math::uniform).
    Uniform(usize),
}

impl PresetP {
    /// The distribution itself.
    fn values(&self) -> Result<Vec<f64>, math::MathError> {
        match self {
            PresetP::Given(values) => Ok(values.to_vec()),
            PresetP::Uniform(outcomes) => math::uniform(*outcomes),
        }
    }
}

/// An example of the preset menu.
struct Preset {
    label: fn(&EntropyText) -> &'static str,
    p: PresetP,
    naming: Naming,
}

const PRESETS: [Preset; 6] = [
    Preset {
        label: |t| t.preset_computer,
        p: PresetP::Given(&[0.7, 0.2, 0.1]),
        naming: Naming::Computer,
    },
    Preset {
        label: |t| t.preset_fair_coin,
        p: PresetP::Given(&[0.5, 0.5]),
        naming: Naming::Coin,
    },
    Preset {
        label: |t| t.preset_loaded_coin,
        p: PresetP::Given(&[0.9, 0.1]),
        naming: Naming::Coin,
    },
    Preset {
        label: |t| t.preset_four_sided,
        p: PresetP::Uniform(4),
        naming: Naming::Die,
    },
    Preset {
        label: |t| t.preset_die,
        p: PresetP::Uniform(6),
        naming: Naming::Die,
    },
    Preset {
        label: |t| t.preset_certain,
        p: PresetP::Given(&[1.0, 0.0, 0.0]),
        naming: Naming::Computer,
    },
];

#[component]
pub fn EntropyLesson() -> impl IntoView {
    let initial = match use_initial_state(ViewId::Entropy) {
        ViewState::Entropy(state) => state,
        _ => EntropyState::default(),
    };
    let naming = RwSignal::new(Naming::for_length(initial.p.len()));
    let p = RwSignal::new(initial.p);
    let strings = use_strings();
    let unit = use_unit();

    let entropy = Memo::new(move |_| p.with(|p| math::entropy(p, unit.get())));
    // The cap log n, reached by the uniform distribution over the same number of outcomes.
    let maximum = Memo::new(move |_| {
        let outcomes = p.with(Vec::len);
        math::uniform(outcomes).and_then(|u| math::entropy(&u, unit.get()))
    });
    let names = Memo::new(move |_| {
        let text = &strings.get().entropy;
        let naming = naming.get();
        (0..p.with(Vec::len))
            .map(|i| naming.name(text, i))
            .collect::<Vec<_>>()
    });
    let rows = Memo::new(move |_| {
        let unit = unit.get();
        let names = names.get();
        p.with(|p| {
            let terms = math::entropy_terms(p, unit);
            p.iter()
                .zip(names)
                .enumerate()
                .map(|(i, (&pi, name))| Row {
                    name,
                    p: pi,
                    information: math::information(pi, unit),
                    term: terms.clone().map(|t| t.get(i).copied().unwrap_or(f64::NAN)),
                })
                .collect::<Vec<_>>()
        })
    });
    sync_url(ViewId::Entropy, move || {
        ViewState::Entropy(EntropyState { p: p.get() })
    });

    let unit_name = move || strings.get().ui.unit_name(unit.get());
    let figure = Memo::new(move |_| {
        let s = strings.get();
        let unit = unit.get();
        Figure::Distributions(Distributions {
            outcomes: names.get(),
            p: p.get(),
            q: None,
            contributions: vec![ContributionSeries {
                quantity: Contribution::Entropy,
                name: s.entropy.contribution_series.to_string(),
            }],
            unit,
            held_axis: None,
            labels: DistributionsLabels {
                outcome_axis: s.entropy.outcome_axis.to_string(),
                probability_axis: s.entropy.probability_axis.to_string(),
                contribution_axis: (s.entropy.contribution_axis)(
                    unit.log_symbol(),
                    s.ui.unit_name(unit),
                ),
                p: "P".to_string(),
                q: "Q".to_string(),
                infinity: "∞".to_string(),
            },
        })
    });
    let alt = Signal::derive(move || {
        let s = strings.get();
        let outcomes = rows
            .get()
            .iter()
            .map(|row| {
                format!(
                    "{} {} → {}",
                    row.name,
                    short_probability(row.p),
                    shown(&row.term)
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        (s.entropy.chart_alt)(&outcomes, &shown(&entropy.get()), unit_name())
    });
    let csv_rows = Signal::derive(move || {
        let s = strings.get();
        table_csv(
            s,
            unit.get(),
            &rows.get(),
            s.entropy.sum_row,
            &entropy.get(),
        )
    });
    let announcement =
        Signal::derive(move || format!("H(P) = {} {}", shown(&entropy.get()), unit_name()));

    // The substituted sum, one line per step: p · (−log p) for each outcome, the terms, H.
    // No-break spaces inside a product, so a long sum wraps only between its terms.
    let steps = Signal::derive(move || {
        let rows = rows.get();
        let products = rows
            .iter()
            .map(|row| {
                format!(
                    "{}\u{a0}·\u{a0}{}",
                    short_probability(row.p),
                    shown(&row.information)
                )
            })
            .collect::<Vec<_>>()
            .join(" + ");
        let terms = rows
            .iter()
            .map(Row::term_text)
            .collect::<Vec<_>>()
            .join(" + ");
        vec![
            format!("H(P) = {products}"),
            format!("= {terms}"),
            format!("= {} {}", shown(&entropy.get()), unit_name()),
        ]
    });
    let maximum_note = Signal::derive(move || {
        (strings.get().entropy.maximum_note)(p.with(Vec::len), &shown(&maximum.get()), unit_name())
    });
    let preset_labels = Signal::derive(move || {
        let text = &strings.get().entropy;
        PRESETS
            .iter()
            .map(|preset| (preset.label)(text))
            .collect::<Vec<_>>()
    });

    let apply_preset = Callback::new(move |index: usize| {
        let Some(preset) = PRESETS.get(index) else {
            return;
        };
        if let Ok(values) = preset.p.values() {
            naming.set(preset.naming);
            p.set(values);
        }
    });
    let is_preset = Callback::new(move |index: usize| {
        PRESETS
            .get(index)
            .and_then(|preset| preset.p.values().ok())
            .is_some_and(|values| p.with(|p| *p == values))
    });
    let add_outcome = move |_: leptos::ev::MouseEvent| {
        p.update(|values| {
            if values.len() >= MAX_CLASSES {
                return;
            }
            // The new outcome takes the share it would have under the uniform distribution;
            // the others shrink proportionally (math::set_entry), so ratios between them stay.
            let mut extended = values.clone();
            extended.push(0.0);
            let index = values.len();
            let next = math::uniform(extended.len())
                .and_then(|u| math::set_entry(&extended, index, u[index]));
            if let Ok(next) = next {
                *values = next;
            }
        })
    };
    let remove_outcome = move |_: leptos::ev::MouseEvent| {
        p.update(|values| {
            if values.len() <= MIN_CLASSES {
                return;
            }
            let rest = &values[..values.len() - 1];
            // When the removed outcome held all the mass, nothing is left to rescale: the
            // remaining outcomes become equally likely.
            let next = math::renormalise(rest).or_else(|_| math::uniform(rest.len()));
            if let Ok(next) = next {
                *values = next;
            }
        })
    };

    view! {
        <div class="lesson lesson-entropy">
            <p class="lesson-intro">{text(|s| s.entropy.intro)}</p>
            <p>{text(|s| s.entropy.example)}</p>
            <p>{text(|s| s.entropy.expected)}</p>
            <div class="formula">
                <Formula
                    markup="<mi>H</mi><mo>(</mo><mi>P</mi><mo>)</mo><mo>=</mo><mo>−</mo><munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>p</mi><mi>i</mi></msub><mspace width=\"0.17em\"/>{log}<msub><mi>p</mi><mi>i</mi></msub>"
                    label="H(P) = −Σ p_i log p_i"
                />
                <Steps lines=steps />
            </div>
            <div class="controls-row">
                <PresetSelect labels=preset_labels on_select=apply_preset is_current=is_preset />
                <button
                    type="button"
                    data-testid="add-outcome"
                    disabled=move || { p.with(Vec::len) >= MAX_CLASSES }
                    on:click=add_outcome
                >
                    "+ "
                    {text(|s| s.ui.add_outcome)}
                </button>
                <button
                    type="button"
                    data-testid="remove-outcome"
                    disabled=move || { p.with(Vec::len) <= MIN_CLASSES }
                    on:click=remove_outcome
                >
                    "− "
                    {text(|s| s.ui.remove_outcome)}
                </button>
            </div>
            <ProbabilityVector
                name="p"
                values=p
                outcomes=names
                legend=Signal::derive(move || strings.get().entropy.vector_legend.to_string())
            />
            <div class="readouts">
                <ReadoutCard label=text(|s| s.entropy.readout_label) quantity="entropy" value=entropy />
            </div>
            <p class="note">{maximum_note}</p>
            <WorkedTable
                caption=text(|s| s.entropy.table_caption)
                rows=rows.into()
                sum_label=text(|s| s.entropy.sum_row)
                total=entropy.into()
            />
            <p>{text(|s| s.entropy.extremes)}</p>
            <Chart
                name="distributions"
                figure=figure
                alt=alt
                title=Signal::derive(move || strings.get().entropy.chart_title.to_string())
            />
            <ExportCsv name="entropy" rows=csv_rows />
            <Announcer text=announcement />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;
    use crate::state::Lang;

    #[test]
    fn probabilities_in_sums_drop_trailing_zeros() {
        assert_eq!(short_probability(0.7), "0.7");
        assert_eq!(short_probability(0.25), "0.25");
        assert_eq!(short_probability(1.0), "1");
        assert_eq!(short_probability(0.0), "0");
        assert_eq!(short_probability(1.0 / 6.0), "0.1667");
        // Scientific notation keeps its digits.
        assert_eq!(short_probability(0.00001), "1.000e−5");
    }

    #[test]
    fn outcomes_are_named_from_the_example_then_numbered() {
        let en = &strings(Lang::En).entropy;
        let names =
            |naming: Naming, n: usize| (0..n).map(|i| naming.name(en, i)).collect::<Vec<_>>();
        assert_eq!(
            names(Naming::Computer, 4),
            ["starts normally", "does not start", "explodes", "x₄"]
        );
        assert_eq!(names(Naming::Coin, 3), ["heads", "tails", "x₃"]);
        assert_eq!(names(Naming::Die, 2), ["face 1", "face 2"]);
        assert_eq!(outcome_symbol(7), "x₈");
        assert_eq!(Naming::for_length(3), Naming::Computer);
        assert_eq!(Naming::for_length(2), Naming::Coin);
        assert_eq!(Naming::for_length(6), Naming::Die);
    }

    #[test]
    fn presets_are_distributions_within_the_limits() {
        for preset in &PRESETS {
            let p = preset.p.values().expect("a valid size");
            assert!((MIN_CLASSES..=MAX_CLASSES).contains(&p.len()));
            math::check_distribution(&p).expect("a distribution");
        }
    }
}
