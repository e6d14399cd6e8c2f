//! The authors' figure data for paper B (`Fig3..Fig6_Summary_data.csv` from their repository
//! bakhromtjk/mgd_scaling; see ../shared/data/mgd_scaling_figdata/SOURCE.txt), read as
//! published. Their network is the Fashion-MNIST CNN(d): `P(d) = 439 d^2 + 71 d + 10` weights,
//! `N(d) = 2752 d + 10` nodes. Only 10-class rows are used.

use super::SweepError;
use std::path::Path;

/// Weights of paper B's CNN(d).
pub fn cnn_params(d: f64) -> f64 {
    439.0 * d * d + 71.0 * d + 10.0
}

/// Nodes of paper B's CNN(d).
pub fn cnn_nodes(d: f64) -> f64 {
    2752.0 * d + 10.0
}

/// One published row: method (`weight`, `node`, `backprop`), width d, and the numeric cells
/// after the key columns (empty cells: `None`).
#[derive(Clone, Debug, PartialEq)]
pub struct PubRow {
    /// `weight`, `node` or `backprop`.
    pub method: String,
    /// CNN width d.
    pub d: f64,
    /// Third key column: tau_theta (Fig. 5), eta (Fig. 6), else the class count.
    pub key: f64,
    /// Fig. 6: the optimiser (`None` or `adam`); empty otherwise.
    pub optimizer: String,
    /// The remaining cells, as numbers.
    pub values: Vec<Option<f64>>,
}

/// Split one CSV line, honouring double quotes.
fn cells(line: &str) -> Vec<String> {
    let (mut out, mut cur, mut quoted) = (Vec::new(), String::new(), false);
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// Read `dir/Fig{fig}_Summary_data.csv`. Fig. 3, 4: key columns method, d, n_class, seed;
/// Fig. 5: method, d, n_class, tau_theta; Fig. 6: method, d, n_class, eta, optimizer.
pub fn read(dir: &Path, fig: u32) -> Result<Vec<PubRow>, SweepError> {
    let path = dir.join(format!("Fig{fig}_Summary_data.csv"));
    let text = std::fs::read_to_string(&path).map_err(|cause| SweepError::Io {
        path: path.display().to_string(),
        cause,
    })?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let c = cells(line);
        let bad = |what: &str| SweepError::Csv {
            path: path.display().to_string(),
            line: i + 1,
            reason: what.to_string(),
        };
        let n_keys = if fig == 6 { 5 } else { 4 };
        if c.len() <= n_keys {
            return Err(bad("too few cells"));
        }
        let num = |s: &str| s.trim().parse::<f64>().ok();
        let d = num(&c[1]).ok_or_else(|| bad("d is not a number"))?;
        let n_class = num(&c[2]).ok_or_else(|| bad("n_class is not a number"))?;
        if n_class != 10.0 {
            continue;
        }
        let key = match fig {
            5 | 6 => num(&c[3]).ok_or_else(|| bad("key is not a number"))?,
            _ => n_class,
        };
        rows.push(PubRow {
            method: c[0].trim().to_string(),
            d,
            key,
            optimizer: if fig == 6 {
                c[4].trim().to_string()
            } else {
                String::new()
            },
            values: c[n_keys..].iter().map(|s| num(s)).collect(),
        });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_headers_keep_their_commas_and_cnn_sizes_match_the_issue() {
        assert_eq!(cells("\"a, b\",1,,2"), vec!["a, b", "1", "", "2"]);
        assert_eq!(cnn_params(4.0), 7318.0);
        assert_eq!(cnn_nodes(1.0), 2762.0);
    }
}
