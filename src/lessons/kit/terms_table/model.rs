//! The plain Rust of the terms table ([`super::TermsTable`]): what a lesson's table shows, as
//! texts ready to read. A lesson's model builds one from its numbers (`Entropy::table`,
//! `kl::model::terms_table`, …); the component only puts the texts in cells. No Leptos here, so
//! it is tested on the host.

/// One column of a terms table after the row names: its head, a text per row and, under the
/// rows, what the column adds up to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TableColumn {
    /// The column's head, e.g. "p", "Information" or "p·ln(p/q)".
    pub header: String,
    /// A formula under the head, on a line of its own, e.g. "−ln p".
    pub formula: Option<String>,
    /// A text per row, in the rows' order.
    pub cells: Vec<String>,
    /// The sum row's entry; `None` leaves the cell empty.
    pub sum: Option<String>,
}

impl TableColumn {
    /// A column headed `header` with the texts `cells` and no formula or sum.
    pub fn new(header: impl Into<String>, cells: Vec<String>) -> TableColumn {
        TableColumn {
            header: header.into(),
            cells,
            ..TableColumn::default()
        }
    }

    /// The column with `formula` under its head.
    pub fn with_formula(self, formula: String) -> TableColumn {
        TableColumn {
            formula: Some(formula),
            ..self
        }
    }

    /// The column with `sum` in the sum row.
    pub fn with_sum(self, sum: String) -> TableColumn {
        TableColumn {
            sum: Some(sum),
            ..self
        }
    }
}

/// A table of a row per outcome and a sum row under them: a column of row names, then
/// [`TableColumn`]s. The sum row's label covers the name column and the `sum_span − 1` columns
/// after it; the other columns show their sums.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermsTableModel {
    /// The head of the row names' column, e.g. "Outcome".
    pub row_header: String,
    /// A name per row, e.g. "x₁" or "starts normally".
    pub rows: Vec<String>,
    /// The rows whose terms are 0 only by the convention 0 · log 0 = 0 (p = 0): drawn muted,
    /// and the table's note on the convention shows while there is one.
    pub zero_rows: Vec<bool>,
    pub columns: Vec<TableColumn>,
    /// The sum row's label, e.g. "Sum" or "Entropy H(P)".
    pub sum_label: String,
    /// How many leading columns, the row names' column included, the label covers (at least 1).
    pub sum_span: usize,
}

/// What a change of a table rebuilds its cells for; any other change only replaces texts.
#[derive(Clone, Debug, PartialEq)]
pub struct TableShape {
    pub rows: usize,
    /// Per column, whether its head has a formula line.
    pub formulas: Vec<bool>,
    pub sum_span: usize,
}

impl TermsTableModel {
    /// The row count, the columns with a formula line and the sum label's span.
    pub fn shape(&self) -> TableShape {
        TableShape {
            rows: self.rows.len(),
            formulas: self.columns.iter().map(|c| c.formula.is_some()).collect(),
            sum_span: self.sum_span(),
        }
    }

    /// The span of the sum label, within 1 and the number of all columns.
    pub fn sum_span(&self) -> usize {
        self.sum_span.clamp(1, self.columns.len() + 1)
    }

    /// The columns (by index into `columns`) whose sum cells follow the sum label.
    pub fn sum_columns(&self) -> std::ops::Range<usize> {
        self.sum_span() - 1..self.columns.len()
    }

    /// The name of row `row`, empty past the last row.
    pub fn row_name(&self, row: usize) -> String {
        self.rows.get(row).cloned().unwrap_or_default()
    }

    /// Whether row `row` is a zero row.
    pub fn is_zero(&self, row: usize) -> bool {
        self.zero_rows.get(row).copied().unwrap_or(false)
    }

    /// Whether any row is a zero row.
    pub fn has_zero(&self) -> bool {
        self.zero_rows.contains(&true)
    }

    fn column(&self, column: usize) -> Option<&TableColumn> {
        self.columns.get(column)
    }

    /// The head of column `column`.
    pub fn header(&self, column: usize) -> String {
        self.column(column)
            .map(|c| c.header.clone())
            .unwrap_or_default()
    }

    /// The formula under the head of column `column`, empty without one.
    pub fn formula(&self, column: usize) -> String {
        self.column(column)
            .and_then(|c| c.formula.clone())
            .unwrap_or_default()
    }

    /// The text of column `column` in row `row`, empty past either end.
    pub fn cell(&self, column: usize, row: usize) -> String {
        self.column(column)
            .and_then(|c| c.cells.get(row).cloned())
            .unwrap_or_default()
    }

    /// The sum row's entry of column `column`, empty without a sum.
    pub fn sum(&self, column: usize) -> String {
        self.column(column)
            .and_then(|c| c.sum.clone())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> TermsTableModel {
        TermsTableModel {
            row_header: "Outcome".to_string(),
            rows: vec!["a".to_string(), "b".to_string()],
            zero_rows: vec![false, true],
            columns: vec![
                TableColumn::new("p", vec!["1.0000".into(), "0.0000".into()]),
                TableColumn::new("I", vec!["0.0000".into(), "∞".into()])
                    .with_formula("−ln p".into()),
                TableColumn::new("term", vec!["0.0000".into(), "0.0000*".into()])
                    .with_formula("p · (−ln p)".into())
                    .with_sum("0.0000 nats".into()),
            ],
            sum_label: "H".to_string(),
            sum_span: 3,
        }
    }

    #[test]
    fn cells_read_by_column_and_row_and_are_empty_outside() {
        let t = table();
        assert_eq!(t.cell(1, 1), "∞");
        assert_eq!(t.cell(2, 1), "0.0000*");
        assert_eq!(t.cell(3, 0), "");
        assert_eq!(t.cell(0, 2), "");
        assert_eq!(t.row_name(0), "a");
        assert_eq!(t.row_name(5), "");
        assert_eq!(t.header(1), "I");
        assert_eq!(t.formula(1), "−ln p");
        assert_eq!(t.formula(0), "");
        assert_eq!(t.sum(2), "0.0000 nats");
        assert_eq!(t.sum(0), "");
    }

    #[test]
    fn zero_rows_are_marked_by_index() {
        let t = table();
        assert!(!t.is_zero(0) && t.is_zero(1) && !t.is_zero(2));
        assert!(t.has_zero());
        let none = TermsTableModel {
            zero_rows: vec![],
            ..table()
        };
        assert!(!none.has_zero() && !none.is_zero(0));
    }

    #[test]
    fn the_sum_label_spans_leading_columns_and_the_rest_show_sums() {
        let t = table();
        assert_eq!(t.sum_columns(), 2..3);
        let one = TermsTableModel {
            sum_span: 1,
            ..table()
        };
        assert_eq!(one.sum_columns(), 0..3);
        // A span of 0 or past the end is kept inside the table.
        let zero = TermsTableModel {
            sum_span: 0,
            ..table()
        };
        assert_eq!(zero.sum_span(), 1);
        let wide = TermsTableModel {
            sum_span: 9,
            ..table()
        };
        assert_eq!(wide.sum_span(), 4);
        assert_eq!(wide.sum_columns(), 3..3);
    }

    #[test]
    fn the_shape_changes_with_rows_formulas_and_span_not_with_texts() {
        let t = table();
        assert_eq!(
            t.shape(),
            TableShape {
                rows: 2,
                formulas: vec![false, true, true],
                sum_span: 3
            }
        );
        let mut moved = table();
        moved.columns[0].cells[0] = "0.5000".into();
        moved.columns[2].sum = Some("0.6931 nats".into());
        assert_eq!(moved.shape(), t.shape());
        let mut grown = table();
        grown.rows.push("c".into());
        assert_ne!(grown.shape(), t.shape());
    }
}
