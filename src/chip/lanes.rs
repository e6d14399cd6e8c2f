//! Lanes: how L parallel lanes share the network's parameters (`[chip] lanes`).
//!
//! SIMD folding, as FINN's SIMD and hls4ml's reuse factor: a neuron with n inputs has n + 1
//! parameter slots (its weights in input order, then its bias), cut into rows of L slots:
//! ceil((n + 1) / L) rows. Lane l of row r holds slot q = r L + l; the last row's lanes past
//! the bias are idle. In one cycle the L lanes perturb, multiply, correlate and update the
//! row's parameters, and an adder tree sums the row's products into the neuron's accumulator
//! (exact, `fixed::ACC_W`, so the sum does not depend on L). A row never spans two neurons, so
//! every value of L from 1 to P is valid; lanes past the widest neuron's n + 1 are always idle.
//!
//! Cycle counts (`Schedule`): rows per inference R = sum over neurons of ceil((n + 1) / L); an
//! inference is R + 2 cycles, the Init and correlate sweeps R cycles each, and a sample load
//! ceil(n_in / L) cycles (lane l writes input r L + l). At L = 1 a row is one parameter and
//! R = P: the serial chip.
//!
//! The training run does not depend on L: the rows visit the parameters in parameter order,
//! a parameter's sign is a function of its index and the window (`chip::signs`), updates are
//! per parameter, and neuron sums are exact until they saturate once. The test
//! `weights_do_not_depend_on_lanes` (`model::trainer`) holds the fast model to it.

use super::microcode::{self, Microword};

/// One row: its control word (as at L = 1: `act_addr` is lane 0's input, `bias` marks the
/// neuron's last row) and the lanes it uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// The row's control word.
    pub word: Microword,
    /// Parameter index of lane 0.
    pub first_param: u16,
    /// Lanes in use (1..=L): lanes `0..used` hold parameters `first_param + l`.
    pub used: u16,
}

impl Row {
    /// Lane `l` multiplies the bias (input 1.0): the last lane of a neuron's last row.
    pub fn is_bias(&self, l: usize) -> bool {
        self.word.bias && l + 1 == self.used as usize
    }
}

/// The rows of `layers` at `lanes` lanes, in parameter order. The caller has checked the
/// sizes (`ChipPlan::new`).
pub fn rows(layers: &[usize], lanes: usize) -> Vec<Row> {
    assert!(lanes >= 1);
    let words = microcode::build(layers);
    let mut rows = vec![];
    let mut p = 0;
    for w in layers.windows(2) {
        let slots = w[0] + 1;
        for _ in 0..w[1] {
            // The neuron's words: weights then bias, one per slot.
            let neuron = &words[p..p + slots];
            for (r, chunk) in neuron.chunks(lanes).enumerate() {
                let last = (r + 1) * lanes >= slots;
                rows.push(Row {
                    word: Microword {
                        bias: last,
                        act_addr: if chunk[0].bias { 0 } else { chunk[0].act_addr },
                        ..chunk[0]
                    },
                    first_param: (p + r * lanes) as u16,
                    used: chunk.len() as u16,
                });
            }
            p += slots;
        }
    }
    rows
}

/// Cycles of a sample load at `lanes` lanes: ceil(n_in / L).
pub fn load_rows(n_inputs: usize, lanes: usize) -> usize {
    n_inputs.div_ceil(lanes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lane_is_the_serial_microcode() {
        for layers in [vec![2, 2, 1], vec![49, 4, 4], vec![3, 1, 3, 2]] {
            let rows = rows(&layers, 1);
            let words = microcode::build(&layers);
            assert_eq!(rows.len(), words.len());
            for (i, (r, w)) in rows.iter().zip(&words).enumerate() {
                assert_eq!((r.word, r.first_param, r.used), (*w, i as u16, 1));
            }
        }
    }

    #[test]
    fn rows_cover_every_parameter_once_in_order() {
        for layers in [vec![2, 2, 1], vec![49, 4, 4], vec![64, 12, 10]] {
            let p = crate::config::n_params(&layers);
            for lanes in [1, 2, 3, 8, 50, p] {
                let rows = rows(&layers, lanes);
                let mut next = 0;
                for r in &rows {
                    assert_eq!(r.first_param as usize, next, "L = {lanes}");
                    assert!((1..=lanes).contains(&(r.used as usize)));
                    next += r.used as usize;
                }
                assert_eq!(next, p);
                let expect: usize = layers
                    .windows(2)
                    .map(|w| w[1] * (w[0] + 1).div_ceil(lanes))
                    .sum();
                assert_eq!(rows.len(), expect, "R = sum ceil((n + 1) / L)");
            }
        }
    }

    #[test]
    fn a_row_reads_consecutive_inputs_and_ends_with_the_bias() {
        // 2-2-1 at L = 2: neuron 0 = [w00 w01 | b0], neuron 1 = [w10 w11 | b1], out = [v0 v1 | c].
        let r = rows(&[2, 2, 1], 2);
        assert_eq!(r.len(), 6);
        assert_eq!(
            (r[0].word.act_addr, r[0].used, r[0].word.bias),
            (0, 2, false)
        );
        assert_eq!((r[1].used, r[1].word.bias), (1, true));
        assert!(r[1].is_bias(0));
        assert_eq!(
            r[4].word.act_addr, 2,
            "the output neuron reads the hidden layer"
        );
        assert!(r[5].word.is_out && r[5].is_bias(0));
        // L = 3: a whole neuron per row, the bias in lane 2.
        let r = rows(&[2, 2, 1], 3);
        assert_eq!(r.len(), 3);
        assert!(r[0].is_bias(2) && !r[0].is_bias(1));
        assert_eq!(r[2].word.out_addr, 4);
    }
}
