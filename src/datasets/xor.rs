//! XOR: the four 2-bit patterns, label = x0 XOR x1 (2-bit parity, paper A's first task).

use super::Sample;

/// The four patterns in binary order (00, 01, 10, 11).
pub(super) fn samples() -> Vec<Sample> {
    super::parity::samples(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xor_truth_table() {
        let got: Vec<(Vec<f64>, usize)> = samples().into_iter().map(|s| (s.x, s.label)).collect();
        let want = vec![
            (vec![0.0, 0.0], 0),
            (vec![0.0, 1.0], 1),
            (vec![1.0, 0.0], 1),
            (vec![1.0, 1.0], 0),
        ];
        assert_eq!(got, want);
    }
}
