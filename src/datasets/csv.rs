//! CSV files: one sample per line, comma-separated numbers, the features then an integer label
//! (the UCI digits layout). The file may be gzip-compressed, detected by its magic bytes.
//!
//! Line 1 may be a scikit-learn header as in iris, `150,4,setosa,versicolor,virginica`:
//! n_samples, n_features, class names. It is recognised when line 1 holds a non-numeric cell
//! and its first two cells are integers; the counts are then checked against the file and
//! `n_classes` is the number of names. Without a header, `n_classes` = largest label + 1.
//! Blank lines may end the file. Cells are trimmed; a label may be written `3` or `3.0`.

use super::{DatasetError, Sample};

/// A scikit-learn header's contents.
struct Header {
    n_samples: usize,
    n_features: usize,
    n_classes: usize,
}

/// A finite number, or `None`.
fn number(cell: &str) -> Option<f64> {
    cell.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A non-negative integer written as `3` or `3.0`, or `None`.
fn label(cell: &str) -> Option<usize> {
    if let Ok(n) = cell.parse::<usize>() {
        return Some(n);
    }
    // 2^53: beyond it f64 no longer holds every integer.
    let v = number(cell)?;
    (v >= 0.0 && v.fract() == 0.0 && v < 9_007_199_254_740_992.0).then_some(v as usize)
}

/// Line 1 as a header, if it is one.
fn header(cells: &[&str]) -> Option<Header> {
    if cells.iter().all(|c| number(c).is_some()) {
        return None;
    }
    match cells {
        [n_samples, n_features, names @ ..] => Some(Header {
            n_samples: n_samples.parse().ok()?,
            n_features: n_features.parse().ok()?,
            n_classes: names.len(),
        }),
        _ => None,
    }
}

/// Parse decompressed file contents. Returns (n_classes, samples).
pub(super) fn parse(shown: &str, bytes: &[u8]) -> Result<(usize, Vec<Sample>), DatasetError> {
    let path = || shown.to_string();
    let text = std::str::from_utf8(bytes).map_err(|e| DatasetError::NotText {
        path: path(),
        line: 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count(),
    })?;
    let lines: Vec<&str> = text.lines().collect();
    let Some(last) = lines.iter().rposition(|l| !l.trim().is_empty()) else {
        return Err(DatasetError::Empty { path: path() });
    };
    let mut head = None;
    let mut width = None; // cells per row, fixed by the first data row
    let mut samples = Vec::new();
    for (i, text) in lines[..=last].iter().enumerate() {
        let line = i + 1;
        if text.trim().is_empty() {
            return Err(DatasetError::BlankLine { path: path(), line });
        }
        let cells: Vec<&str> = text.split(',').map(str::trim).collect();
        if i == 0 {
            head = header(&cells);
            if head.is_some() {
                continue;
            }
        }
        let got = cells.len();
        let expected = *width.get_or_insert(got);
        if got < 2 {
            return Err(DatasetError::TooFewCells {
                path: path(),
                line,
                got,
            });
        }
        if got != expected {
            return Err(DatasetError::Ragged {
                path: path(),
                line,
                expected,
                got,
            });
        }
        if let Some(h) = head.as_ref().filter(|h| h.n_features != got - 1) {
            return Err(DatasetError::HeaderMismatch {
                path: path(),
                what: "features",
                header: h.n_features,
                found: got - 1,
            });
        }
        let (label_cell, features) = cells.split_last().unwrap_or((&"", &[]));
        let x = features
            .iter()
            .enumerate()
            .map(|(j, cell)| {
                number(cell).ok_or_else(|| DatasetError::NotNumber {
                    path: path(),
                    line,
                    column: j + 1,
                    cell: cell.to_string(),
                })
            })
            .collect::<Result<Vec<f64>, _>>()?;
        let label = label(label_cell).ok_or_else(|| DatasetError::BadLabel {
            path: path(),
            line,
            column: got,
            cell: label_cell.to_string(),
        })?;
        if label >= crate::limits::MAX_CLASSES {
            // Classes are allocated per label: a huge one must not reach the split.
            return Err(DatasetError::LabelTooLarge {
                path: path(),
                line,
                column: got,
                cell: label_cell.to_string(),
                max: crate::limits::MAX_CLASSES - 1,
            });
        }
        if let Some(h) = head.as_ref().filter(|h| label >= h.n_classes) {
            return Err(DatasetError::LabelOutOfRange {
                path: path(),
                line,
                column: got,
                label,
                n_classes: h.n_classes,
            });
        }
        samples.push(Sample { x, label });
    }
    if samples.is_empty() {
        return Err(DatasetError::Empty { path: path() });
    }
    let n_classes = match head {
        Some(h) if h.n_samples != samples.len() => {
            return Err(DatasetError::HeaderMismatch {
                path: path(),
                what: "samples",
                header: h.n_samples,
                found: samples.len(),
            })
        }
        Some(h) => h.n_classes,
        None => samples.iter().map(|s| s.label).max().map_or(0, |m| m + 1),
    };
    Ok((n_classes, samples))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn err(text: &str) -> String {
        parse("data/x.csv", text.as_bytes())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn plain_rows_give_classes_from_max_label() {
        let (k, s) = parse("x.csv", b"0.5, 1 ,2\n3,4,0\n\n\n").unwrap();
        assert_eq!(k, 3);
        assert_eq!(
            s[0],
            Sample {
                x: vec![0.5, 1.0],
                label: 2
            }
        );
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn header_gives_classes_and_crlf_and_float_labels_are_accepted() {
        let (k, s) = parse("x.csv", b"2,1,a,b,c,d\r\n1,0\r\n2,1.0\r\n").unwrap();
        assert_eq!((k, s.len(), s[1].label), (4, 2, 1));
    }

    #[test]
    fn ragged_row_says_expected_and_got() {
        assert_eq!(
            err("1,2,3,4,0\n1,2,3,4,1\n1,2,3,0\n"),
            "data/x.csv:3: expected 5 cells (4 features and a label), got 4"
        );
    }

    #[test]
    fn single_cell_row_is_refused() {
        assert_eq!(
            err("7\n"),
            "data/x.csv:1: expected at least 2 cells (features and a label), got 1"
        );
    }

    #[test]
    fn non_numeric_cell_is_quoted_with_column() {
        assert_eq!(
            err("1,2,0\n1,abc,1\n"),
            "data/x.csv:2: column 2: `abc` is not a finite number"
        );
        assert_eq!(
            err("1,2,0\nNaN,2,1\n"),
            "data/x.csv:2: column 1: `NaN` is not a finite number"
        );
    }

    #[test]
    fn bad_labels_are_refused() {
        for (cell, line) in [("-1", "1,-1"), ("1.5", "1,1.5"), ("", "1,"), ("x", "1,x")] {
            assert_eq!(
                err(&format!("1,0\n{line}\n")),
                format!("data/x.csv:2: column 2: label `{cell}` is not a non-negative integer")
            );
        }
    }

    #[test]
    fn huge_labels_are_refused_at_their_line() {
        for cell in [
            "18446744073709551615",
            "9223372036854775807",
            "1000000000",
            "65536",
        ] {
            assert_eq!(
                err(&format!("1,2,0\n3,4,{cell}\n")),
                format!("data/x.csv:2: column 3: label {cell} is above 65535, the largest class label mgdsim accepts")
            );
        }
        assert_eq!(parse("x", b"1,65535\n").unwrap().0, 65536);
    }

    #[test]
    fn label_beyond_header_classes_is_refused() {
        assert_eq!(
            err("2,1,a,b\n1,0\n1,2\n"),
            "data/x.csv:3: column 2: label 2 out of range: the header names 2 classes (labels 0..=1)"
        );
    }

    #[test]
    fn header_counts_must_match() {
        assert_eq!(
            err("3,1,a,b\n1,0\n1,1\n"),
            "data/x.csv:1: header says 3 samples, the file has 2"
        );
        assert_eq!(
            err("2,2,a,b\n1,0\n1,1\n"),
            "data/x.csv:1: header says 2 features, the file has 1"
        );
        assert_eq!(err("2,1,a,b\n"), "data/x.csv: empty: no data rows");
    }

    #[test]
    fn non_header_first_line_with_text_is_a_bad_cell() {
        // First two cells are not integers, so line 1 is data.
        assert_eq!(
            err("x,y,label\n1,2,0\n"),
            "data/x.csv:1: column 1: `x` is not a finite number"
        );
    }

    #[test]
    fn empty_and_blank_files_and_inner_blank_lines() {
        assert_eq!(err(""), "data/x.csv: empty: no data rows");
        assert_eq!(err("\n  \n"), "data/x.csv: empty: no data rows");
        assert_eq!(
            err("1,0\n\n1,1\n"),
            "data/x.csv:2: blank line before the last data row"
        );
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let e = parse("data/x.csv", b"1,0\n1,\xff\n")
            .unwrap_err()
            .to_string();
        assert_eq!(e, "data/x.csv:2: not UTF-8 text");
    }

    /// The committed fixtures under `tests/fixtures/bad/`, loaded through `load`.
    #[test]
    fn committed_bad_fixtures_report_file_line_and_field() {
        let base = Path::new(env!("CARGO_MANIFEST_DIR"));
        let cases = [
            (
                "dataset_ragged_row.csv",
                ":4: expected 5 cells (4 features and a label), got 4",
            ),
            (
                "dataset_non_numeric_cell.csv",
                ":3: column 3: `4;7` is not a finite number",
            ),
            (
                "dataset_negative_label.csv",
                ":3: column 5: label `-1` is not a non-negative integer",
            ),
            (
                "dataset_label_out_of_range.csv",
                ":4: column 5: label 3 out of range: the header names 3 classes (labels 0..=2)",
            ),
            (
                "dataset_header_count_mismatch.csv",
                ":1: header says 5 samples, the file has 3",
            ),
            ("dataset_empty.csv", ": empty: no data rows"),
        ];
        for (file, want) in cases {
            let spec = format!("tests/fixtures/bad/{file}");
            let e = super::super::load(&spec, base, 0.2, 1)
                .unwrap_err()
                .to_string();
            assert_eq!(e, format!("{spec}{want}"));
        }
    }
}
