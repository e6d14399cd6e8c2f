//! Reading golden vectors back (the files `vectors.rs` writes and `mgdsim verify` hands to the
//! testbench): every row checked for its columns, hex digits and widths before a simulator
//! sees it, so a damaged file is reported at its line, not as a mismatch at some cycle.
//! Bounded: files above [`crate::limits::MAX_VECTOR_BYTES`] are refused.

use std::path::Path;

use super::{ExportError, Result};

/// Rows found in a vector directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    /// Rows of `status.hex`: cycles.
    pub cycles: u64,
    /// Rows of `theta.hex`: checkpoints.
    pub checkpoints: u64,
    /// Parameters per `theta.hex` row.
    pub n_params: usize,
    /// Rows of `stream.hex` (0 without one).
    pub stream: u64,
}

/// A column: its name and width in hex digits.
type Column = (&'static str, usize);

const STATUS: [Column; 7] = [
    ("cycle", 8),
    ("reset", 1),
    ("steps", 8),
    ("current_cost", 8),
    ("done", 1),
    ("at_target", 1),
    ("correct", 8),
];
const STREAM: [Column; 2] = [("sample_data", 4), ("sample_label", 2)];

/// The data rows of `text` (comment lines `//` and blank lines skipped), with 1-based lines.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with("//"))
        .map(|(i, l)| (i + 1, l.split_whitespace().collect()))
}

fn bad(file: &str, line: usize, reason: String) -> ExportError {
    ExportError::Format {
        file: format!("{file}:{line}"),
        reason,
    }
}

/// A hex cell of at most `digits` digits.
fn hex(file: &str, line: usize, (name, digits): Column, cell: &str) -> Result<u64> {
    if cell.is_empty() || cell.len() > digits || !cell.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(bad(
            file,
            line,
            format!("`{name}` must be at most {digits} hex digits, got `{cell}`"),
        ));
    }
    u64::from_str_radix(cell, 16).map_err(|e| bad(file, line, format!("`{name}`: {e}")))
}

/// Check `status.hex` text: seven columns, `cycle` counting rows from 0, flags 0 or 1.
pub fn parse_status(file: &str, text: &str) -> Result<u64> {
    let mut n = 0u64;
    for (line, cells) in rows(text) {
        if cells.len() != STATUS.len() {
            return Err(bad(
                file,
                line,
                format!("expected {} columns, got {}", STATUS.len(), cells.len()),
            ));
        }
        let mut v = [0u64; STATUS.len()];
        for (k, (col, cell)) in STATUS.iter().zip(&cells).enumerate() {
            v[k] = hex(file, line, *col, cell)?;
        }
        if v[0] != n {
            return Err(bad(
                file,
                line,
                format!("`cycle` must be {n:x}, got {:x}", v[0]),
            ));
        }
        if v[1] > 1 || v[4] > 1 || v[5] > 1 {
            return Err(bad(
                file,
                line,
                "`reset`, `done` and `at_target` must be 0 or 1".into(),
            ));
        }
        n += 1;
    }
    if n == 0 {
        return Err(bad(file, 1, "no rows".into()));
    }
    Ok(n)
}

/// Check `theta.hex` text: a cycle and `n_params` 16-bit words per row, cycles increasing.
/// `n_params` is taken from the first row when `None`. Returns (rows, n_params).
pub fn parse_theta(file: &str, text: &str, n_params: Option<usize>) -> Result<(u64, usize)> {
    let (mut n, mut width, mut last) = (0u64, n_params, None);
    for (line, cells) in rows(text) {
        let p = *width.get_or_insert(cells.len().saturating_sub(1));
        if p == 0 || cells.len() != p + 1 {
            return Err(bad(
                file,
                line,
                format!(
                    "expected a cycle and {p} parameters, got {} columns",
                    cells.len()
                ),
            ));
        }
        let cycle = hex(file, line, ("cycle", 8), cells[0])?;
        if last.is_some_and(|l| cycle <= l) {
            return Err(bad(
                file,
                line,
                format!("cycle {cycle:x} does not increase"),
            ));
        }
        last = Some(cycle);
        for cell in &cells[1..] {
            hex(file, line, ("theta", 4), cell)?;
        }
        n += 1;
    }
    Ok((n, width.unwrap_or(0)))
}

/// Check `stream.hex` text: a 16-bit sample word and an 8-bit label per row.
pub fn parse_stream(file: &str, text: &str) -> Result<u64> {
    let mut n = 0;
    for (line, cells) in rows(text) {
        if cells.len() != STREAM.len() {
            return Err(bad(
                file,
                line,
                format!("expected {} columns, got {}", STREAM.len(), cells.len()),
            ));
        }
        for (col, cell) in STREAM.iter().zip(&cells) {
            hex(file, line, *col, cell)?;
        }
        n += 1;
    }
    Ok(n)
}

/// Read and check the vector files of `dir` (`stream.hex` only if present).
pub fn read_dir(dir: &Path) -> Result<Counts> {
    let read = |name: &str| -> Result<(String, String)> {
        let p = dir.join(name);
        let text = crate::limits::read_text_bounded(&p, crate::limits::MAX_VECTOR_BYTES)
            .map_err(|e| ExportError::io(&p, "cannot read the golden vectors", e))?;
        Ok((p.display().to_string(), text))
    };
    let (f, t) = read("status.hex")?;
    let cycles = parse_status(&f, &t)?;
    let (f, t) = read("theta.hex")?;
    let (checkpoints, n_params) = parse_theta(&f, &t, None)?;
    let stream = match dir.join("stream.hex").exists() {
        true => {
            let (f, t) = read("stream.hex")?;
            parse_stream(&f, &t)?
        }
        false => 0,
    };
    Ok(Counts {
        cycles,
        checkpoints,
        n_params,
        stream,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_vectors_read_back() {
        let status = "// header\n00000000 1 00000000 00000000 0 0 00000000\n00000001 0 00000000 0000abcd 0 0 00000003\n";
        assert_eq!(parse_status("s", status).unwrap(), 2);
        let theta = "// h\n00000001 0001 fffe\n00000009 0000 7fff\n";
        assert_eq!(parse_theta("t", theta, None).unwrap(), (2, 2));
        assert_eq!(parse_stream("x", "// h\n00ff 03\n").unwrap(), 1);
    }

    #[test]
    fn damaged_rows_name_file_line_and_column() {
        let e = parse_status(
            "s.hex",
            "// h\n00000000 1 00000000 00000000 0 0 0\n00000002 0 0 0 0 0 0\n",
        );
        assert_eq!(
            e.unwrap_err().to_string(),
            "s.hex:3: `cycle` must be 1, got 2"
        );
        let e = parse_status("s.hex", "00000000 1 0000000g 00000000 0 0 0\n");
        assert_eq!(
            e.unwrap_err().to_string(),
            "s.hex:1: `steps` must be at most 8 hex digits, got `0000000g`"
        );
        let e = parse_theta("t.hex", "00000001 0001\n00000002 0001 0002\n", None);
        assert_eq!(
            e.unwrap_err().to_string(),
            "t.hex:2: expected a cycle and 1 parameters, got 3 columns"
        );
        let e = parse_stream("x.hex", "00ff 123\n");
        assert_eq!(
            e.unwrap_err().to_string(),
            "x.hex:1: `sample_label` must be at most 2 hex digits, got `123`"
        );
    }
}
