//! The batch as rows of text: the table on the page and the CSV export.

use super::{MultiLabelNumbers, MultiLabelState};
use crate::components::format::{full_precision, rounded};
use crate::math::Reduction;
use crate::state::InputKind;

/// The columns of a [`table_rows`] row, in the table's order.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TableColumn {
    /// The sample's number, from 1 (shown once per sample).
    Sample,
    Class,
    /// The label y, 0 or 1.
    Label,
    /// The probability q.
    Prediction,
    NodeLoss,
    /// The sample's loss (shown once per sample).
    SampleLoss,
    /// Keras' mean over the nodes (shown once per sample).
    KerasMean,
}

/// The table's rows, one per sample and node (sample-major), each indexed by [`TableColumn`];
/// rounded for reading. Empty when the numbers are invalid.
pub fn table_rows(
    state: &MultiLabelState,
    numbers: &MultiLabelNumbers,
    class_names: &[String],
) -> Vec<Vec<String>> {
    let (Ok(q), Ok(nodes), Ok(samples), Ok(keras)) = (
        &numbers.probabilities,
        &numbers.node_losses,
        &numbers.sample_losses,
        &numbers.keras_sample_losses,
    ) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for (j, labels) in state.y.iter().enumerate() {
        for (i, (&hot, name)) in labels.iter().zip(class_names).enumerate() {
            rows.push(vec![
                (j + 1).to_string(),
                name.clone(),
                if hot { "1" } else { "0" }.to_string(),
                rounded(q[j][i]),
                rounded(nodes[j][i]),
                rounded(samples[j]),
                rounded(keras[j]),
            ]);
        }
    }
    rows
}

/// The CSV export: a header, then one row per sample and node at full precision, the losses
/// in the unit named `unit_name` (the logit z too when the rows are logits). Only the header
/// when the numbers are invalid.
pub fn csv_rows(
    state: &MultiLabelState,
    numbers: &MultiLabelNumbers,
    class_names: &[String],
    unit_name: &str,
) -> Vec<Vec<String>> {
    let logits = state.input == InputKind::Logit;
    let mut header = vec!["sample".to_string(), "class".to_string(), "y".to_string()];
    if logits {
        header.push("z".to_string());
    }
    header.extend(
        [
            "q".to_string(),
            format!("node loss ({unit_name})"),
            format!("sample loss ({unit_name})"),
            "keras sample loss (nats)".to_string(),
        ]
        .into_iter()
        .chain(Reduction::ALL.map(|r| format!("batch loss {} ({unit_name})", r.id()))),
    );
    let mut rows = vec![header];
    let (Ok(q), Ok(nodes), Ok(samples), Ok(keras), Ok(batch)) = (
        &numbers.probabilities,
        &numbers.node_losses,
        &numbers.sample_losses,
        &numbers.keras_sample_losses,
        &numbers.batch_losses,
    ) else {
        return rows;
    };
    for (j, labels) in state.y.iter().enumerate() {
        for (i, (&hot, name)) in labels.iter().zip(class_names).enumerate() {
            let mut row = vec![
                (j + 1).to_string(),
                name.clone(),
                if hot { "1" } else { "0" }.to_string(),
            ];
            if logits {
                row.push(full_precision(state.q[j][i]));
            }
            row.extend(
                [q[j][i], nodes[j][i], samples[j], keras[j]]
                    .into_iter()
                    .chain(batch.iter().copied())
                    .map(full_precision),
            );
            rows.push(row);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::super::PRESETS;
    use super::*;
    use crate::math::Unit;

    fn names() -> Vec<String> {
        ["cat", "frog", "mouse"].map(String::from).to_vec()
    }

    #[test]
    fn the_csv_has_a_header_and_a_row_per_sample_and_node() {
        let state = PRESETS[1].1();
        let numbers = MultiLabelNumbers::new(&state, Unit::Nats);
        let rows = csv_rows(&state, &numbers, &names(), "nats");
        assert_eq!(rows.len(), 1 + 3 * 3);
        assert_eq!(
            rows[0][..6],
            [
                "sample",
                "class",
                "y",
                "q",
                "node loss (nats)",
                "sample loss (nats)"
            ]
        );
        assert_eq!(rows[0][7], "batch loss sum (nats)");
        assert!(rows.iter().all(|row| row.len() == rows[0].len()));
        // Sample 2, node 1 (frog): y = 0, q = 0.2, its loss −ln 0.8.
        let row = &rows[1 + 3 + 1];
        assert_eq!(row[..4], ["2", "frog", "0", "0.2"]);
        let loss: f64 = row[4].parse().unwrap();
        assert!((loss + 0.8f64.ln()).abs() < 1e-15);
        let sum = numbers.batch_loss(Reduction::Sum).unwrap();
        assert!(rows[1..].iter().all(|row| row[7] == full_precision(sum)));
    }

    #[test]
    fn with_logits_the_csv_adds_z() {
        let state = PRESETS[5].1();
        let numbers = MultiLabelNumbers::new(&state, Unit::Bits);
        let rows = csv_rows(&state, &numbers, &names(), "bits");
        assert_eq!(rows[0][3..5], ["z", "q"]);
        assert_eq!(rows[0][5], "node loss (bits)");
        assert_eq!(rows[1][3], full_precision(state.q[0][0]));
        assert!(rows.iter().all(|row| row.len() == rows[0].len()));
    }

    #[test]
    fn invalid_numbers_leave_only_the_header_and_no_table() {
        let state = MultiLabelState {
            q: vec![vec![0.1, 2.0, 0.8]],
            ..MultiLabelState::default()
        };
        let numbers = MultiLabelNumbers::new(&state, Unit::Nats);
        assert_eq!(csv_rows(&state, &numbers, &names(), "nats").len(), 1);
        assert!(table_rows(&state, &numbers, &names()).is_empty());
    }

    #[test]
    fn the_table_rounds_for_reading() {
        let state = MultiLabelState::default();
        let numbers = MultiLabelNumbers::new(&state, Unit::Nats);
        let rows = table_rows(&state, &numbers, &names());
        assert_eq!(rows.len(), 3);
        assert_eq!(
            rows[1],
            ["1", "frog", "1", "0.7000", "0.3567", "0.6852", "0.2284"]
        );
        assert_eq!(rows[0][TableColumn::Label as usize], "0");
        assert!(rows
            .iter()
            .all(|row| row.len() == TableColumn::KerasMean as usize + 1));
    }
}
