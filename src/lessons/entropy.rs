//! Step 2, `entropy`: H(P) = −Σ pᵢ log pᵢ, the expected information content of a distribution,
//! built from the computer power-on example and worked out row by row.

use leptos::prelude::*;

use crate::charts::{Contribution, ContributionSeries, Distributions, DistributionsLabels, Figure};
use crate::components::url::sync_url;
use crate::components::{
    format::{full_precision, rounded},
    shown, use_initial_state, use_strings, use_unit, Announcer, Chart, ExportCsv,
    ProbabilityVector, Readout,
};
use crate::i18n::EntropyText;
use crate::math::{self, MathError, Unit};
use crate::state::{EntropyState, ViewId, ViewState, MAX_CLASSES, MIN_CLASSES};

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

/// A probability as a reader writes it in a sum: 0.7 rather than 0.7000.
pub(super) fn short_probability(p: f64) -> String {
    let text = rounded(p);
    if text.contains('.') && !text.contains('e') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// The distribution of a preset.
enum PresetP {
    Given(&'static [f64]),
    /// Equally likely outcomes (math::uniform).
    Uniform(usize),
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

/// One row of the table: p, its information −log p and its term p · (−log p), in the unit.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    name: String,
    p: f64,
    information: Result<f64, MathError>,
    term: Result<f64, MathError>,
}

/// The logarithm of `unit` in MathML: ln, or log with a subscript 2, and the thin space that
/// printed formulas put before the argument. (After a variable, put one before it as well.)
pub(super) fn log_mathml(unit: Unit) -> AnyView {
    match unit {
        Unit::Nats => view! {
            <mi>"ln"</mi>
            <mspace width="0.17em"></mspace>
        }
        .into_any(),
        Unit::Bits => view! {
            <msub>
                <mi>"log"</mi>
                <mn>"2"</mn>
            </msub>
            <mspace width="0.17em"></mspace>
        }
        .into_any(),
    }
}

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
    let has_zero = Memo::new(move |_| p.with(|p| p.contains(&0.0)));
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
        let log = unit.get().log_symbol();
        let full =
            |value: &Result<f64, MathError>| value.clone().map(full_precision).unwrap_or_default();
        let mut table = vec![vec![
            s.ui.outcome.to_string(),
            "p".to_string(),
            format!(
                "{} −{log} p ({})",
                s.entropy.column_information,
                unit_name()
            ),
            format!("{} p · (−{log} p) ({})", s.entropy.column_term, unit_name()),
        ]];
        table.extend(rows.get().iter().map(|row| {
            vec![
                row.name.clone(),
                full_precision(row.p),
                full(&row.information),
                full(&row.term),
            ]
        }));
        table.push(vec![
            s.entropy.sum_row.to_string(),
            String::new(),
            String::new(),
            full(&entropy.get()),
        ]);
        table
    });
    let announcement =
        Signal::derive(move || format!("H(P) = {} {}", shown(&entropy.get()), unit_name()));

    // The substituted sum, one line per step: p · (−log p) for each outcome, the terms, H.
    // No-break spaces inside a product, so a long sum wraps only between its terms.
    let substituted = move || {
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
            .map(|row| {
                let term = shown(&row.term);
                if row.p == 0.0 {
                    format!("{term}*")
                } else {
                    term
                }
            })
            .collect::<Vec<_>>()
            .join(" + ");
        let total = format!("{} {}", shown(&entropy.get()), unit_name());
        view! {
            <span class="step">{format!("H(P) = {products}")}</span>
            <span class="step continued">{format!("= {terms}")}</span>
            <span class="step continued">{format!("= {total}")}</span>
        }
    };

    let apply_preset = move |index: usize| {
        let Some(preset) = PRESETS.get(index) else {
            return;
        };
        let values = match &preset.p {
            PresetP::Given(values) => Ok(values.to_vec()),
            PresetP::Uniform(outcomes) => math::uniform(*outcomes),
        };
        if let Ok(values) = values {
            naming.set(preset.naming);
            p.set(values);
        }
    };
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
            <p class="lesson-intro">{move || strings.get().entropy.intro}</p>
            <p>{move || strings.get().entropy.example}</p>
            <p>{move || strings.get().entropy.expected}</p>
            <div class="formula" aria-label="H(P) = −Σ p_i log p_i">
                <math display="block">
                    <mrow>
                        <mi>"H"</mi>
                        <mo>"("</mo>
                        <mi>"P"</mi>
                        <mo>")"</mo>
                        <mo>"="</mo>
                        <mo>"−"</mo>
                        <munderover>
                            <mo>"∑"</mo>
                            <mrow>
                                <mi>"i"</mi>
                                <mo>"="</mo>
                                <mn>"1"</mn>
                            </mrow>
                            <mi>"n"</mi>
                        </munderover>
                        <msub>
                            <mi>"p"</mi>
                            <mi>"i"</mi>
                        </msub>
                        <mspace width="0.17em"></mspace>
                        {move || log_mathml(unit.get())}
                        <msub>
                            <mi>"p"</mi>
                            <mi>"i"</mi>
                        </msub>
                    </mrow>
                </math>
                <p class="substituted" data-testid="substituted">{substituted}</p>
            </div>
            <div class="controls-row">
                <label>
                    {move || strings.get().ui.preset_label}
                    " "
                    <select
                        data-testid="preset"
                        on:change=move |e| {
                            if let Ok(index) = event_target_value(&e).parse::<usize>() {
                                apply_preset(index);
                            }
                        }
                    >
                        <option value="" selected>{move || strings.get().ui.preset_choose}</option>
                        {PRESETS
                            .iter()
                            .enumerate()
                            .map(|(i, preset)| {
                                let label = preset.label;
                                view! { <option value=i.to_string()>{move || label(&strings.get().entropy)}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
                <button
                    type="button"
                    data-testid="add-outcome"
                    disabled=move || { p.with(Vec::len) >= MAX_CLASSES }
                    on:click=add_outcome
                >
                    "+ "
                    {move || strings.get().ui.add_outcome}
                </button>
                <button
                    type="button"
                    data-testid="remove-outcome"
                    disabled=move || { p.with(Vec::len) <= MIN_CLASSES }
                    on:click=remove_outcome
                >
                    "− "
                    {move || strings.get().ui.remove_outcome}
                </button>
            </div>
            <ProbabilityVector
                name="p"
                values=p
                outcomes=names
                legend=Signal::derive(move || strings.get().entropy.vector_legend.to_string())
            />
            <div class="readouts">
                <p class="readout-card">
                    <span class="name">{move || strings.get().entropy.readout_label}</span>
                    <Readout quantity="entropy" value=entropy />
                    <span class="unit-suffix">{unit_name}</span>
                </p>
            </div>
            <p class="note">
                {move || {
                    (strings.get().entropy.maximum_note)(p.with(Vec::len), &shown(&maximum.get()), unit_name())
                }}
            </p>
            <div class="table-wrap">
                <table class="numbers entropy-table" data-testid="entropy-table">
                    <caption>{move || strings.get().entropy.table_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || strings.get().ui.outcome}</th>
                            <th scope="col">"p"</th>
                            <th scope="col">
                                {move || strings.get().entropy.column_information}
                                <span class="column-formula">
                                    {move || format!("−{} p", unit.get().log_symbol())}
                                </span>
                            </th>
                            <th scope="col">
                                {move || strings.get().entropy.column_term}
                                <span class="column-formula">
                                    {move || format!("p · (−{} p)", unit.get().log_symbol())}
                                </span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            rows.get()
                                .into_iter()
                                .map(|row| {
                                    let zero = row.p == 0.0;
                                    view! {
                                        <tr class:zero=zero>
                                            <th scope="row">{row.name.clone()}</th>
                                            <td>{rounded(row.p)}</td>
                                            <td>{shown(&row.information)}</td>
                                            <td>{if zero { format!("{}*", shown(&row.term)) } else { shown(&row.term) }}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                    <tfoot>
                        <tr>
                            <th scope="row" colspan="3">{move || strings.get().entropy.sum_row}</th>
                            <td>{move || format!("{} {}", shown(&entropy.get()), unit_name())}</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
            <Show when=move || has_zero.get()>
                <p class="note zero-convention" data-testid="zero-convention">
                    {move || strings.get().entropy.zero_convention}
                </p>
            </Show>
            <p>{move || strings.get().entropy.extremes}</p>
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
            let p = match &preset.p {
                PresetP::Given(values) => values.to_vec(),
                PresetP::Uniform(n) => math::uniform(*n).expect("a valid size"),
            };
            assert!((MIN_CLASSES..=MAX_CLASSES).contains(&p.len()));
            math::check_distribution(&p).expect("a distribution");
        }
    }
}
